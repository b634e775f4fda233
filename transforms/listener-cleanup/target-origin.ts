/**
 * Where the object a listener is on comes from (a global, a module-level object, a parameter, an
 * injected field, the owner's own field, a local): what decides how sure a report-only finding is
 * and whether a stream is handled per request.
 */
import { isValueWrapper } from '../../src/core/node-helpers';
import type { Node } from '@babel/types';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import type { NodePath } from '../../src/core/traverse';

/** Where the object a listener is on comes from. */
export type TargetOrigin = 'global' | 'module' | 'parameter' | 'injected' | 'own' | 'local' | 'unknown';

const GLOBAL_TARGETS = new Set(['window', 'document', 'globalThis', 'self', 'process', 'navigator', 'screen', 'visualViewport', 'top', 'parent']);

/** What reaches an iframe's window or document from the page. */
const FRAME_MEMBERS = new Set(['frames', 'contentWindow', 'contentDocument']);

/** `window.x`, `options.emitter`, `this.store.state$`, `new Socket()`: where the chain starts. */
export function resolveTargetOrigin(target: NodePath): TargetOrigin {
  let node: Node = target.node;
  let firstMember: Node | null = null;
  let inFrame = false;
  for (;;) {
    if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
      if (!node.computed && node.property.type === 'Identifier' && FRAME_MEMBERS.has(node.property.name)) inFrame = true;
      firstMember = node;
      node = node.object;
    } else if (isValueWrapper(node)) {
      node = node.expression;
    } else if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && (node.callee.type === 'MemberExpression' || node.callee.type === 'OptionalMemberExpression')) {
      // `this.store.select(x)`, `source.pipe(map(f))`: the object the call is made on.
      node = node.callee.object;
      firstMember = null;
    } else break;
  }
  const origin = resolveRootOrigin(target, node, firstMember);
  // Case: `window.frames[0].document.addEventListener(…)`, `iframe.contentWindow.addEventListener(…)`:
  // an iframe's own window or document, gone with the iframe, not the page's (koodo-reader's reader views).
  return inFrame && (origin === 'global' || origin === 'module') ? 'local' : origin;
}

function resolveRootOrigin(target: NodePath, node: Node, firstMember: Node | null): TargetOrigin {
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
