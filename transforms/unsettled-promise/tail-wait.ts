/**
 * A wait that is the last thing a callback does, on an emitter the callback was handed:
 *
 *   http.createServer(async (req, res) => {
 *     await new Promise((resolve) => {
 *       res.on('finish', resolve);
 *       app(req, res);
 *     });
 *   });
 *
 * If the event never comes (the client goes away, the response closes without 'finish'),
 * nothing in the callback is left waiting to run, and the pending promise is reachable only from
 * the listener on that emitter: it goes with the emitter (a request's response is dropped after
 * its close). It holds something only when whoever calls the callback keeps and waits on its
 * promise, which this code does not show: `low` (medusa's start command, a false `high` before).
 */
import type { Function as FunctionNode, Node } from '@babel/types';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import type { NodePath } from '../../src/core/traverse';
import type { UnsettledWait } from './match';

export function isTailWaitOnCallbackArgument(wait: UnsettledWait): boolean {
  if (wait.kind !== 'event') return false;
  const promise = wait.executor.promise;
  // `await new Promise(…)` as a statement of its own
  const awaited = promise.parentPath;
  if (awaited?.node.type !== 'AwaitExpression') return false;
  const statement = awaited.parentPath;
  if (statement?.node.type !== 'ExpressionStatement') return false;
  const block = statement.parentPath;
  const fn = block?.parentPath;
  if (block?.node.type !== 'BlockStatement' || !fn || !isFunctionNode(fn.node)) return false;
  // … the last statement of the function's body
  if (block.node.body.at(-1) !== statement.node) return false;
  // … of a callback handed to a call
  if (fn.parent?.type !== 'CallExpression' && fn.parent?.type !== 'OptionalCallExpression') return false;
  if (fn.key !== 'arguments') return false;
  // … waiting on one of that callback's own parameters
  const target = unwrapExpression(wait.registration.target);
  if (target.type !== 'Identifier') return false;
  const binding = findBinding(fn as NodePath, target.name);
  return binding?.kind === 'param' && binding.declaration === (fn.node as FunctionNode as Node);
}
