/**
 * Whether a one-shot timer settles a promise: its callback calls the `resolve` or `reject` of a
 * `new Promise((resolve, reject) => …)` executor it is written in (`requestAnimationFrame(() =>
 * resolve())`, `setTimeout(resolve, 50)`, `setTimeout(() => { if (late) reject(err); else
 * resolve(v); })`). The timer is how that promise ends: cancelling it when the owner goes away
 * would leave the promise pending for ever, and whoever awaits it (often the owner's own teardown,
 * as a custom element whose `disconnectedCallback` awaits a `stop()` that resolves on the next
 * frame) would hang with everything its closure holds. It runs once and is gone, so it is not a
 * finding, like a deferred cleanup (deferred-release.ts).
 */
import type { CallExpression, Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolvePromiseExecutor } from '../../src/analysis/syntax/promise-executor';

const FUNCTION_TYPES = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);

/** The settle functions (`resolve`, `reject`) of the executors the timer is written in, innermost first. */
function enclosingSettleNames(timer: NodePath): Set<string> {
  const names = new Set<string>();
  const inner: Node[] = [];
  for (const ancestor of timer.ancestors()) {
    const executor = resolvePromiseExecutor(ancestor);
    if (executor) {
      // A name already declared by a nearer function shadows the executor's.
      for (const name of [executor.resolve, executor.reject]) {
        if (name && !inner.some((fn) => fn !== executor.fn && declaresParam(fn, name))) names.add(name);
      }
    }
    if (FUNCTION_TYPES.has(ancestor.node.type)) inner.push(ancestor.node);
  }
  return names;
}

function declaresParam(fn: Node, name: string): boolean {
  if (!('params' in fn)) return false;
  return fn.params.some((param) => param.type === 'Identifier' && param.name === name);
}

/** `resolve()` / `reject(error)` somewhere in the callback, not under a function that rebinds the name. */
function callsSettle(callback: Node, names: Set<string>): boolean {
  let found = false;
  forEachNode(callback, (node) => {
    if (found) return false;
    if (node !== callback && FUNCTION_TYPES.has(node.type) && [...names].some((name) => declaresParam(node, name))) return false;
    if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && node.callee.type === 'Identifier' && names.has(node.callee.name)) {
      found = true;
      return false;
    }
    return undefined;
  });
  return found;
}

export function settlesEnclosingPromise(timer: NodePath<CallExpression>): boolean {
  const first = timer.node.arguments[0];
  if (!first) return false;
  const names = enclosingSettleNames(timer);
  if (names.size === 0) return false;
  const callback = unwrapExpression(first as Node);
  // Case: `setTimeout(resolve, 50)`
  if (callback.type === 'Identifier') return names.has(callback.name);
  // Case: `requestAnimationFrame(() => resolve())`
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return false;
  const own = new Set([...names].filter((name) => !declaresParam(callback, name)));
  return callsSettle(callback.body, own);
}

/**
 * The callback-style twin: a timer with no delay (none, `0` or `1`) that calls the completion
 * callback the function around it was handed as its last parameter (Node's callback-last
 * convention) — `error(code, message, cb) { …; if (cb) setTimeout(cb, 1); }` (a transport
 * deferring its callback to the next turn, to answer as asynchronously as another transport),
 * `setTimeout(() => done(null, value))`. Cancelling it when the owner goes away would leave the
 * caller's callback never called, as a cancelled resolve leaves a promise pending. A callback
 * run after a real delay (`remind(note) { setTimeout(note, 5000); }`, a retry after a second) is
 * work the owner runs later, and so is one handed first or in the middle (`schedule(job, ms)`):
 * both stay findings; so does a callback that starts the function again (`done(); this.run(done)`),
 * a loop that runs on.
 */
export function callsHandedCompletion(timer: NodePath<CallExpression>): boolean {
  const first = timer.node.arguments[0];
  if (!first) return false;
  const delay = timer.node.arguments[1] ? unwrapExpression(timer.node.arguments[1] as Node) : null;
  if (delay !== null && !(delay.type === 'NumericLiteral' && delay.value <= 1)) return false;
  let fn: Node | null = null;
  let fnParent: Node | null = null;
  for (const ancestor of timer.ancestors()) {
    if (FUNCTION_TYPES.has(ancestor.node.type)) {
      fn = ancestor.node;
      fnParent = ancestor.parent ?? null;
      break;
    }
  }
  if (!fn || !('params' in fn) || fn.params.length === 0) return false;
  // Case: `run(done) { setTimeout(() => { done(); this.run(done); }, 0); }`: the callback starts the
  // function again, a loop that runs on after the owner is gone (the rescheduling-loop check decides).
  if (callsFunctionAgain(unwrapExpression(first as Node), fn, fnParent)) return false;
  const last = fn.params[fn.params.length - 1]!;
  const name = last.type === 'Identifier' ? last.name : last.type === 'AssignmentPattern' && last.left.type === 'Identifier' ? last.left.name : null;
  if (name === null) return false;
  const callback = unwrapExpression(first as Node);
  // Case: `setTimeout(cb, 1)`
  if (callback.type === 'Identifier') return callback.name === name;
  // Case: `setTimeout(() => done(null, value))`
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return false;
  if (declaresParam(callback, name)) return false;
  return callsSettle(callback.body, new Set([name]));
}

/**
 * The timer's callback (a function written in place) calls the function the timer is started in
 * again, anywhere in its body: by the name it is declared or kept under (`pump()`), or as
 * `this.<name>(…)` for a method (`this.run(done)`) or a function assigned to `this.<name>`.
 */
function callsFunctionAgain(callback: Node, fn: Node, parent: Node | null): boolean {
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return false;
  let name: string | null = null;
  let member: string | null = null;
  if (fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') name = fn.id?.name ?? null;
  if ((fn.type === 'ClassMethod' || fn.type === 'ClassPrivateMethod' || fn.type === 'ObjectMethod') && !fn.computed && fn.key.type === 'Identifier') member = fn.key.name;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') name = parent.id.name;
  if ((parent?.type === 'ObjectProperty' || parent?.type === 'ClassProperty') && !parent.computed && parent.key.type === 'Identifier') member = parent.key.name;
  if (parent?.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression' && !parent.left.computed && parent.left.property.type === 'Identifier') member = parent.left.property.name;
  if (name === null && member === null) return false;
  let found = false;
  forEachNode(callback.body, (node) => {
    if (found) return false;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return undefined;
    const callee = unwrapExpression(node.callee as Node);
    if (name !== null && callee.type === 'Identifier' && callee.name === name) found = true;
    if (member !== null && (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === member) found = true;
    return found ? false : undefined;
  });
  return found;
}

const DESTROY_MEMBERS = new Set(['destroy', '_destroy', 'close']);
const END_EVENTS = new Set(['close', 'end', 'finish']);

/**
 * A timer with no delay (none, `0` or `1`) in the function the code installs as an object's own
 * `destroy` / `_destroy` / `close` (`stream.destroy = (err) => { …; setTimeout(() => {
 * stream.emit('close'); }, 0); }`), whose callback only emits that object's `'close'` / `'end'` /
 * `'finish'`: the last step of the teardown in progress, deferred to the next turn as Node's
 * streams do. Cancelling it when the owner goes away would leave whoever waits for that event
 * waiting for ever; it runs once, at once. A callback that does anything else, a real delay, or
 * another object's event stays a finding.
 */
export function emitsOwnDestroyEnd(timer: NodePath<CallExpression>): boolean {
  const first = timer.node.arguments[0];
  if (!first) return false;
  const delay = timer.node.arguments[1] ? unwrapExpression(timer.node.arguments[1] as Node) : null;
  if (delay !== null && !(delay.type === 'NumericLiteral' && delay.value <= 1)) return false;
  const callback = unwrapExpression(first as Node);
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return false;
  const expressions = callback.body.type === 'BlockStatement'
    ? callback.body.body.map((statement) => (statement.type === 'ExpressionStatement' ? unwrapExpression(statement.expression) : null))
    : [unwrapExpression(callback.body)];
  if (expressions.length === 0) return false;
  let chain: string | null = null;
  for (const expression of expressions) {
    if (expression?.type !== 'CallExpression') return false;
    const callee = unwrapExpression(expression.callee as Node);
    if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'emit') return false;
    const event = expression.arguments[0] ? unwrapExpression(expression.arguments[0] as Node) : null;
    if (event?.type !== 'StringLiteral' || !END_EVENTS.has(event.value)) return false;
    const target = getMemberChain(unwrapExpression(callee.object));
    if (target === null || target === 'this' || (chain !== null && target !== chain)) return false;
    chain = target;
  }
  // The function around the timer is assigned to `<chain>.destroy`.
  for (const ancestor of timer.ancestors()) {
    if (!FUNCTION_TYPES.has(ancestor.node.type)) continue;
    const parent = ancestor.parent;
    if (parent?.type !== 'AssignmentExpression' || parent.operator !== '=' || parent.right !== ancestor.node) return false;
    const left = parent.left;
    if (left.type !== 'MemberExpression' || !DESTROY_MEMBERS.has(getPropertyName(left) ?? '')) return false;
    return getMemberChain(unwrapExpression(left.object)) === chain;
  }
  return false;
}
