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

/** See the file comment: `'made-here'`, `'handed'`, or `null` when the wait does not follow a destroy of its emitter. */
export function resolveCloseAfterDestroy(wait: EventRegistration, executor: PromiseExecutor): 'made-here' | 'handed' | null {
  if (wait.api !== 'emitter' || wait.eventName !== 'close') return null;
  const chain = getMemberChain(unwrapExpression(wait.target));
  if (chain === null || chain === 'this') return null;
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
