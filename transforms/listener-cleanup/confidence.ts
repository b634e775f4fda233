/**
 * How sure listener-cleanup is that a finding is a leak. Only report-only findings keep this
 * doubt (src/engine/fix-level.ts makes every fix `high`):
 *
 * - `low`: the lifetime that decides it is one the code does not show — the target (or the
 *   subscribed source) is a parameter of the enclosing function, or a field the class was
 *   handed through its constructor (an injected service, a passed-in emitter): when the
 *   caller drops it, the listener goes with it. Also listeners made process-lifetime on
 *   purpose (reported only with `reportProcessLifetime`), `process` listeners for the events
 *   that end or guard the process (`SIGTERM`, `exit`, `uncaughtException`, …: process lifetime
 *   by intent wherever they are installed), and a `{ once: true }` listener with no owner (it
 *   fires once and is gone; only an owner that ends first makes it a leak).
 * - `high`: the target outlives any owner — a global (`window`, `document`, `process`, the
 *   global `addEventListener`) or an imported module-level object: the handler is kept for
 *   the life of the page or process.
 * - `medium`: everything else (the owner's own fields, locals, observers, sockets, workers,
 *   controllers): usually a leak, but the code around decides.
 */
import type { Node } from '@babel/types';
import type { Confidence } from '../../src/report/finding';
import { resolveStaticProperty } from '../../src/analysis/same-value';
import { findBinding } from '../../src/analysis/scope';
import { resolveThisClass } from '../../src/analysis/this-class';
import type { NodePath } from '../../src/engine/traverse';
import type { Candidate } from './match';

/** Where the object a listener is on comes from. */
export type TargetOrigin = 'global' | 'module' | 'parameter' | 'injected' | 'own' | 'local' | 'unknown';

const GLOBAL_TARGETS = new Set(['window', 'document', 'globalThis', 'self', 'process', 'navigator', 'screen', 'visualViewport', 'top', 'parent']);

const PROCESS_LIFETIME_EVENTS = new Set(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGBREAK', 'SIGUSR1', 'SIGUSR2', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection', 'warning']);

export function decideListenerConfidence(candidate: Candidate): Confidence {
  if (candidate.processLifetime) return 'low';
  if (candidate.type === 'registration' && (isProcessLifetimeEvent(candidate) || (candidate.owner.kind === 'none' && isOnce(candidate)))) return 'low';
  const target = candidate.type === 'registration' ? candidate.add.target : candidate.acquisition.source;
  // The global `addEventListener(...)`: the window.
  if (candidate.type === 'registration' && target === null) return 'high';
  if (target === null) return 'medium';
  const origin = resolveTargetOrigin(target);
  if (origin === 'parameter' || origin === 'injected') return 'low';
  if (origin === 'global' || origin === 'module') return 'high';
  return 'medium';
}

/** `process.on('SIGTERM', …)`, `process.once('exit', …)`. */
function isProcessLifetimeEvent({ add }: Extract<Candidate, { type: 'registration' }>): boolean {
  const event = add.event?.node;
  return (
    add.target?.node.type === 'Identifier' &&
    add.target.node.name === 'process' &&
    findBinding(add.target, 'process') === null &&
    event?.type === 'StringLiteral' &&
    PROCESS_LIFETIME_EVENTS.has(event.value)
  );
}

/** `addEventListener(type, fn, { once: true })`. */
function isOnce({ add }: Extract<Candidate, { type: 'registration' }>): boolean {
  return add.options !== null && resolveStaticProperty(add.options, 'once') === true;
}

/** `window.x`, `options.emitter`, `this.store.state$`, `new Socket()`: where the chain starts. */
export function resolveTargetOrigin(target: NodePath): TargetOrigin {
  let node: Node = target.node;
  let firstMember: Node | null = null;
  for (;;) {
    if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
      firstMember = node;
      node = node.object;
    } else if (node.type === 'TSNonNullExpression' || node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'ParenthesizedExpression') {
      node = node.expression;
    } else if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && (node.callee.type === 'MemberExpression' || node.callee.type === 'OptionalMemberExpression')) {
      // `this.store.select(x)`, `source.pipe(map(f))`: the object the call is made on.
      node = node.callee.object;
      firstMember = null;
    } else break;
  }
  if (node.type === 'Identifier') {
    const binding = findBinding(target, node.name);
    if (!binding) return GLOBAL_TARGETS.has(node.name) ? 'global' : 'unknown';
    if (binding.kind === 'param') return 'parameter';
    if (binding.kind === 'import') return 'module';
    if (binding.scope.type === 'Program') return 'module';
    return 'local';
  }
  if (node.type === 'ThisExpression') {
    const property = getFirstPropertyName(firstMember, node);
    if (property && isInjectedField(target, property)) return 'injected';
    return 'own';
  }
  return 'unknown';
}

/** `p` of `this.p.q` (the member directly on `this`). */
function getFirstPropertyName(member: Node | null, thisNode: Node): string | null {
  // `member` is the outermost member seen last before reaching `this`: the one on `this` itself.
  if (!member || (member.type !== 'MemberExpression' && member.type !== 'OptionalMemberExpression') || member.object !== thisNode) return null;
  if (member.computed) return member.property.type === 'StringLiteral' ? member.property.value : null;
  if (member.property.type === 'Identifier') return member.property.name;
  if (member.property.type === 'PrivateName') return `#${member.property.id.name}`;
  return null;
}

/**
 * The class got `this.<name>` from outside: a constructor parameter property
 * (`constructor(private store: Store)`), `this.<name> = <parameter>` in the constructor, or a
 * field initialised with Angular's `inject(...)`.
 */
function isInjectedField(at: NodePath, name: string): boolean {
  const owner = resolveThisClass(at);
  if (!owner) return false;
  const members = owner.classPath.node.body.body;
  const isInjectCall = members.some((member) => {
    if (member.type !== 'ClassProperty' && member.type !== 'ClassPrivateProperty') return false;
    const key = member.type === 'ClassPrivateProperty' ? `#${member.key.id.name}` : !member.computed && member.key.type === 'Identifier' ? member.key.name : null;
    const value = member.value;
    return key === name && value?.type === 'CallExpression' && value.callee.type === 'Identifier' && value.callee.name === 'inject';
  });
  if (isInjectCall) return true;
  const constructor = members.find((member) => member.type === 'ClassMethod' && member.kind === 'constructor');
  if (!constructor || constructor.type !== 'ClassMethod') return false;
  const parameterNames = new Set<string>();
  for (const param of constructor.params) {
    if (param.type === 'TSParameterProperty') {
      const inner = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
      if (inner.type === 'Identifier' && inner.name === name) return true;
      if (inner.type === 'Identifier') parameterNames.add(inner.name);
    } else {
      const inner = param.type === 'AssignmentPattern' ? param.left : param;
      if (inner.type === 'Identifier') parameterNames.add(inner.name);
    }
  }
  return constructor.body.body.some((statement) => {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') return false;
    const { left, right } = statement.expression;
    if (left.type !== 'MemberExpression' || left.object.type !== 'ThisExpression' || left.computed) return false;
    const field = left.property.type === 'Identifier' ? left.property.name : left.property.type === 'PrivateName' ? `#${left.property.id.name}` : null;
    return field === name && right.type === 'Identifier' && parameterNames.has(right.name);
  });
}
