/**
 * A wait for an emitter's `'close'` written right after the code destroys that emitter:
 *
 *   stream.destroy();
 *   await new Promise((resolve) => stream.once('close', resolve));
 *
 * `destroy()` on a Node stream or socket (with an error or without) emits `'close'` on a later
 * tick, and the listener is added in the same tick, before it: the wait ends. Only when the
 * statement that calls `destroy()` on the same object (written alike) comes just before the one
 * that makes the promise, in the same block, with nothing between them but statements that do
 * not `await` or `yield` (after an await the `'close'` may have come and gone). A wait after a
 * destroy of another object, or one an `await` separates from the destroy, stays a finding.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachNode } from '../../src/core/traverse';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
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

export function isCloseAfterOwnDestroy(wait: EventRegistration, executor: PromiseExecutor): boolean {
  if (wait.api !== 'emitter' || wait.eventName !== 'close') return false;
  const chain = getMemberChain(unwrapExpression(wait.target));
  if (chain === null || chain === 'this') return false;
  // The statement that makes the promise, in the function the executor is written in.
  let current: NodePath = executor.promise;
  while (current.parentPath && current.parentPath.node.type !== 'BlockStatement' && current.parentPath.node.type !== 'Program') {
    if (isFunctionNode(current.parentPath.node)) return false;
    current = current.parentPath;
  }
  const block = current.parentPath?.node as { body?: Node[] } | undefined;
  const statements = block?.body;
  if (!statements) return false;
  const index = statements.indexOf(current.node);
  for (let i = index - 1; i >= 0; i--) {
    const statement = statements[i]!;
    if (isDestroyStatement(statement, chain)) return true;
    if (suspends(statement)) return false;
  }
  return false;
}
