/**
 * A one-shot timer that an effect schedules behind a guard the same run flips: cancelling it in
 * the effect's cleanup would lose the call for good.
 *
 *   useEffect(() => {
 *     if (!announced.current && ready) {
 *       setTimeout(() => onReady(api), 1);   // cancelled by a re-run, never scheduled again
 *       announced.current = true;
 *     }
 *   }, [onReady, ready]);
 *
 *   $effect(() => {
 *     const changed = kind !== prevKind;
 *     if (changed) requestAnimationFrame(measure);
 *     prevKind = kind;                       // the re-run sees no change
 *   });
 *
 * An effect's cleanup runs before every re-run (and, in React's development StrictMode, once
 * between the first two runs even with `[]`). The re-run tests the guard again, finds it flipped,
 * and does not schedule the timer again, so a cleanup that cancelled the pending call would drop
 * it. The guard is a value the test reads — directly or through a `const` of the effect
 * (`const changed = kind !== prevKind`) — that lives outside the effect (a ref's `.current`, a
 * component variable) and that the effect's own code assigns. An `if (guard) return;` before the
 * timer counts like an `if` around it. The handle kept in the guard counts too
 * (`if (!pending.current) pending.current = setTimeout(…)`): a cleanup that only cleared it would
 * leave the stale handle set, and no later run would schedule the call again.
 */
import type { Node } from '@babel/types';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { forEachChildNode, type NodePath } from '../../src/core/traverse';
import { getGuardTests } from '../../src/analysis/syntax/guard-tests';
import { getPatternIdentifiers, isFunctionNode } from '../../src/analysis/syntax/scope';
import { resolveTimerCall } from './timer-call';

const EFFECT_OWNERS = new Set(['react-effect', 'svelte-effect', 'solid-effect']);
const MOUNT_HOOKS = new Set(['onMount', 'onMounted']);

/** The guard's text (`announced.current`, `prevKind`) when `path`, in an effect, is scheduled behind a guard the effect sets; else `null`. */
export function findEffectOnceGuard(path: NodePath, owner: OwnerScope): string | null {
  if (!EFFECT_OWNERS.has(owner.kind) || !owner.lifecycle || MOUNT_HOOKS.has(owner.lifecycle.hook)) return null;
  const callback = owner.scope.node;
  if (!isFunctionNode(callback)) return null;
  // Only a timer in the effect's own code: getGuardTests stops at the nearest function.
  const nearestFunction = path.findParent((parent) => isFunctionNode(parent.node));
  // Case: `requestAnimationFrame(() => { …; requestAnimationFrame(reset); })` behind the guard: the inner
  // timer is scheduled only when the outer one fires, so the outer one's guard holds for it too
  // (lobe-chat's useAutoScroll restores the scroll position in one frame and resets its flag in the next)
  const outerTimer = nearestFunction && nearestFunction.node !== callback ? getTimerOfCallback(nearestFunction) : null;
  if (outerTimer) return findEffectOnceGuard(outerTimer, owner);
  if (nearestFunction?.node !== callback) return null;
  const tests = [...getGuardTests(path), ...getEarlyReturnTests(path, callback)];
  if (tests.length === 0) return null;
  const locals = collectOwnDeclarations(callback);
  const read = new Set<string>();
  for (const test of tests) collectReadKeys(test, locals, read, 0);
  if (read.size === 0) return null;
  return findOwnWrite(callback, path, read);
}

/** The timer call `fn` is the callback of (`requestAnimationFrame(fn)`, `setTimeout(fn, ms)`), or `null`. */
function getTimerOfCallback(fn: NodePath): NodePath | null {
  const call = fn.parentPath;
  if (!call || fn.key !== 'arguments' || fn.index !== 0) return null;
  return resolveTimerCall(call) ? call : null;
}

/** `if (done) return;` statements of the callback's body that come before the timer's statement. */
function getEarlyReturnTests(path: NodePath, callback: Node): Node[] {
  const body = (callback as { body?: Node }).body;
  if (!body || body.type !== 'BlockStatement') return [];
  let statement: NodePath | null = path;
  while (statement && statement.parent !== body) statement = statement.parentPath;
  if (!statement || statement.index === null) return [];
  const tests: Node[] = [];
  for (const earlier of body.body.slice(0, statement.index)) {
    if (earlier.type !== 'IfStatement' || earlier.alternate) continue;
    const consequent = earlier.consequent;
    const last = consequent.type === 'BlockStatement' ? consequent.body[consequent.body.length - 1] : consequent;
    if (last?.type === 'ReturnStatement') tests.push(earlier.test);
  }
  return tests;
}

/** The `const` initialisers (and other names) the callback declares in its own code and parameters. */
function collectOwnDeclarations(callback: Node): Map<string, Node | null> {
  const locals = new Map<string, Node | null>();
  for (const param of (callback as { params?: Node[] }).params ?? []) for (const id of getPatternIdentifiers(param)) locals.set(id.name, null);
  const visit = (node: Node): void => {
    if (node.type === 'VariableDeclarator') {
      const ids = getPatternIdentifiers(node.id);
      const init = node.id.type === 'Identifier' && node.init ? node.init : null;
      for (const id of ids) locals.set(id.name, init);
    }
    if (node !== callback && isFunctionNode(node)) return;
    forEachChildNode(node, (child) => visit(child));
  };
  visit(callback);
  return locals;
}

/** `a`, `a.b.c`, `this.x`: a name or a chain of plain property reads; else `null`. */
function getKey(node: Node): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'ThisExpression') return 'this';
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed && node.property.type === 'Identifier') {
    const object = getKey(node.object);
    return object === null ? null : `${object}.${node.property.name}`;
  }
  return null;
}

function getRoot(key: string): string {
  const dot = key.indexOf('.');
  return dot === -1 ? key : key.slice(0, dot);
}

/** The outer names and property chains a test reads, following the effect's own `const`s one or two levels. */
function collectReadKeys(test: Node, locals: Map<string, Node | null>, into: Set<string>, depth: number): void {
  const visit = (node: Node): void => {
    if (isFunctionNode(node)) return;
    const key = node.type === 'Identifier' || node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression' ? getKey(node) : null;
    if (key !== null) {
      const root = getRoot(key);
      if (locals.has(root)) {
        const init = locals.get(root);
        if (init && key === root && depth < 2) collectReadKeys(init, locals, into, depth + 1);
      } else if (root !== 'this' || key !== 'this') {
        into.add(key);
      }
      if (node.type === 'Identifier') return;
    }
    forEachChildNode(node, (child, childKey) => {
      // `a.b`: the property name is no read of its own.
      if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && childKey === 'property' && !node.computed) return;
      if (node.type === 'ObjectProperty' && childKey === 'key' && !node.computed) return;
      visit(child);
    });
  };
  visit(test);
}

/**
 * The first key of `keys` that the callback's own code assigns (`x = …`, `ref.current = …`,
 * `n++`) in the run that schedules the timer: in a block that also holds the timer, reached from
 * there with no test in between (a write in another branch, `if (off) { prev = v; return; }`, is
 * not the same run).
 */
function findOwnWrite(callback: Node, path: NodePath, keys: Set<string>): string | null {
  const timerAncestors = new Set<Node>();
  for (let current: NodePath | null = path; current && current.node !== callback; current = current.parentPath) timerAncestors.add(current.node);
  let found: string | null = null;
  const stack: Node[] = [];
  const visit = (node: Node): void => {
    if (found !== null) return;
    if (isFunctionNode(node)) return;
    const target = node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : null;
    const key = target ? getKey(target) : null;
    // (the handle itself as the guard: `if (!pending.current) pending.current = setTimeout(…)`)
    if (key !== null && keys.has(key) && (timerAncestors.has(node) || isInTimerRun(stack))) {
      found = key;
      return;
    }
    stack.push(node);
    forEachChildNode(node, (child) => visit(child));
    stack.pop();
  };
  const isInTimerRun = (ancestors: Node[]): boolean => {
    for (let index = ancestors.length - 1; index >= 0; index--) {
      const ancestor = ancestors[index]!;
      if (timerAncestors.has(ancestor)) return ancestor.type === 'BlockStatement';
      if (!UNCONDITIONAL.has(ancestor.type)) return false;
    }
    return false;
  };
  const body = (callback as { body?: Node }).body;
  if (body) visit(body);
  return found;
}

/** Nodes between a write and the block it runs in that do not make it conditional. */
const UNCONDITIONAL = new Set(['ExpressionStatement', 'BlockStatement', 'SequenceExpression', 'AssignmentExpression', 'ParenthesizedExpression']);
