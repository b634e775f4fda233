/**
 * A wait for an emitter's `'close'` written right after the code destroys that emitter:
 *
 *   const stream = openStream(…);
 *   …
 *   stream.destroy();
 *   await new Promise((resolve) => stream.once('close', resolve));
 *
 * `destroy()` on a Node stream or socket (with an error or without) emits `'close'` on a later
 * tick, and the listener is added in the same tick, before it: the wait ends — as long as the
 * stream was still open. Only when the statement that calls `destroy()` on the same object
 * (written alike) comes just before the one that makes the promise, in the same block, with
 * nothing between them but statements that neither `await` or `yield` (after an await the
 * `'close'` may have come and gone) nor write the object or what it is read from
 * (`stream = other`). A wait after a destroy of another object, or one an `await` or a write
 * separates from the destroy, stays a finding.
 *
 * `'made-here'` (not a finding) when the emitter is a `const` of the same function made there
 * (`new …` or a call): the code holds it from its start. `'handed'` otherwise (a parameter, a
 * field): a stream handed in may be closed already, its `'close'` gone, and `destroy()` then
 * emits nothing — the finding stays, `low`, report-only.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachNode } from '../../src/core/traverse';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';

/** `x.destroy(…)` as a statement, `x` written as `chain`. */
function isDestroyStatement(statement: Node, chain: string): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const call = unwrapExpression(statement.expression);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  return getPropertyName(callee) === 'destroy' && getMemberChain(unwrapExpression(callee.object as Node)) === chain;
}

/** The statement may suspend the function: an `await` or `yield` outside nested functions. */
function suspends(statement: Node): boolean {
  let found = false;
  forEachNode(statement, (node) => {
    if (found) return false;
    if (node !== statement && isFunctionNode(node)) return false;
    if (node.type === 'AwaitExpression' || node.type === 'YieldExpression' || (node.type === 'ForOfStatement' && node.await)) found = true;
    return found ? false : undefined;
  });
  return found;
}

/** The statement writes `chain` or an object it is read from (`stream = …`, `this.conn = …` for `this.conn.socket`). */
function writesChain(statement: Node, chain: string): boolean {
  let found = false;
  forEachNode(statement, (node) => {
    if (found) return false;
    const written = node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : null;
    const text = written ? getMemberChain(unwrapExpression(written as Node)) : null;
    if (text !== null && (chain === text || chain.startsWith(`${text}.`))) found = true;
    return found ? false : undefined;
  });
  return found;
}

/**
 * `chain` names a `const` of the function the wait is written in, made there by `new …` or a call,
 * declared in the same block as the destroy with nothing between that may suspend the function
 * (`statements[0..destroyIndex)`): after an `await` the peer may have closed the stream already,
 * its 'close' come and gone, and `destroy()` then emits nothing.
 */
function isMadeInFunction(chain: string, statement: NodePath, statements: readonly Node[], destroyIndex: number): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(chain)) return false;
  const binding = findBinding(statement, chain);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  let init = unwrapExpression(declaration.init);
  if (init.type === 'AwaitExpression') init = unwrapExpression(init.argument);
  if (init.type !== 'NewExpression' && init.type !== 'CallExpression' && init.type !== 'OptionalCallExpression') return false;
  const declaredAt = statements.findIndex((node) => node.type === 'VariableDeclaration' && node.declarations.includes(declaration));
  if (declaredAt < 0 || declaredAt >= destroyIndex) return false;
  for (let i = declaredAt + 1; i < destroyIndex; i++) if (suspends(statements[i]!)) return false;
  for (let current: NodePath | null = statement.parentPath; current; current = current.parentPath) {
    if (current.node === binding.scope) return true;
    if (isFunctionNode(current.node)) return false;
  }
  return false;
}

/** `test` reads `${chain}.destroyed`, negated (`!x.destroyed`) when `negated`. */
function testsDestroyed(test: Node, chain: string, negated: boolean): boolean {
  let node = unwrapExpression(test);
  if (negated) {
    if (node.type !== 'UnaryExpression' || node.operator !== '!') return false;
    node = unwrapExpression(node.argument);
  }
  return (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && getMemberChain(node) === `${chain}.destroyed`;
}

/** The block ends the function: its last statement is a `return`. */
function endsInReturn(node: Node): boolean {
  if (node.type === 'ReturnStatement') return true;
  return node.type === 'BlockStatement' && node.body.length > 0 && node.body[node.body.length - 1]!.type === 'ReturnStatement';
}

/**
 * The wait at `at` (inside the executor) runs only while `chain` is not destroyed yet: it sits in
 * the `else` of `if (x.destroyed)`, in the body of `if (!x.destroyed)`, or after an
 * `if (x.destroyed) { …; return; }` of the same block.
 */
function isUnderNotDestroyedGuard(at: NodePath, chain: string, executor: PromiseExecutor): boolean {
  for (let current: NodePath = at; current.parentPath && current.node !== executor.fn; current = current.parentPath) {
    const parent = current.parentPath.node;
    if (parent.type === 'IfStatement') {
      if (parent.alternate === current.node && testsDestroyed(parent.test, chain, false)) return true;
      if (parent.consequent === current.node && testsDestroyed(parent.test, chain, true)) return true;
    }
    if (parent.type === 'BlockStatement') {
      const index = parent.body.indexOf(current.node as never);
      for (let i = 0; i < index; i++) {
        const statement = parent.body[i]!;
        if (statement.type === 'IfStatement' && !statement.alternate && testsDestroyed(statement.test, chain, false) && endsInReturn(statement.consequent)) return true;
      }
    }
    if (isFunctionNode(parent)) return false;
  }
  return false;
}

/**
 * The wait is registered just before the code destroys the same emitter: chained
 * (`socket.once('close', done).destroy()`) or as the next statement of its block
 * (`socket.once('close', done); socket.destroy();`). `destroy()` emits `'close'` on a later tick
 * for an emitter still open: `'guarded'` when the wait runs only while `x.destroyed` is false
 * (zwave-js's `if (socket.destroyed) resolve(); else socket.once('close', …).destroy();`), so
 * the `'close'` is still to come. Without that test the emitter may be closed already (its
 * `'close'` gone, `destroy()` emits nothing): `null`, the wait stays a finding as before.
 */
function resolveCloseBeforeDestroy(wait: EventRegistration, executor: PromiseExecutor, chain: string): 'guarded' | null {
  const at = findDescendantPath(executor.promise, wait.call);
  if (!at?.parentPath) return null;
  const parent = at.parentPath;
  let destroyed = false;
  // Case: `socket.once('close', done).destroy()`: `once` returns the emitter.
  if ((parent.node.type === 'MemberExpression' || parent.node.type === 'OptionalMemberExpression') && parent.node.object === at.node && getPropertyName(parent.node) === 'destroy') {
    const call = parent.parentPath?.node;
    destroyed = (call?.type === 'CallExpression' || call?.type === 'OptionalCallExpression') && call.callee === parent.node;
  }
  // Case: `socket.once('close', done); socket.destroy();`
  if (!destroyed && parent.node.type === 'ExpressionStatement' && parent.parentPath?.node.type === 'BlockStatement') {
    const body = parent.parentPath.node.body;
    const next = body[body.indexOf(parent.node) + 1];
    destroyed = next !== undefined && isDestroyStatement(next, chain);
  }
  if (!destroyed) return null;
  return isUnderNotDestroyedGuard(at, chain, executor) ? 'guarded' : null;
}

/**
 * See the file comment: `'made-here'`, `'handed'`, `'guarded'` (a wait registered just before a
 * destroy, under a `x.destroyed` test: it ends), or `null` when no destroy of its emitter is next to the wait.
 */
export function resolveCloseAfterDestroy(wait: EventRegistration, executor: PromiseExecutor): 'made-here' | 'handed' | 'guarded' | null {
  if (wait.api !== 'emitter' || wait.eventName !== 'close') return null;
  const chain = getMemberChain(unwrapExpression(wait.target));
  if (chain === null || chain === 'this') return null;
  const before = resolveCloseBeforeDestroy(wait, executor, chain);
  if (before) return before;
  // The statement that makes the promise, in the function the executor is written in.
  let current: NodePath = executor.promise;
  while (current.parentPath && current.parentPath.node.type !== 'BlockStatement' && current.parentPath.node.type !== 'Program') {
    if (isFunctionNode(current.parentPath.node)) return null;
    current = current.parentPath;
  }
  const block = current.parentPath?.node as { body?: Node[] } | undefined;
  const statements = block?.body;
  if (!statements) return null;
  const index = statements.indexOf(current.node);
  for (let i = index - 1; i >= 0; i--) {
    const statement = statements[i]!;
    if (isDestroyStatement(statement, chain)) return isMadeInFunction(chain, current, statements, i) ? 'made-here' : 'handed';
    if (suspends(statement) || writesChain(statement, chain)) return null;
  }
  return null;
}
