/**
 * A call that ends the process: `process.exit(…)`, `process.kill(process.pid, …)`,
 * `process.abort()` (the global `process`), and Electron's `app.quit()` / `app.exit()` on a
 * module-level `app`. Shared by timer-cleanup (a timer that ends the process after a delay
 * must outlive its owner) and loop-cancellation (a loop that ends the process at its deadline
 * does not run for ever).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { findBinding } from '../syntax/scope';

/** `node` (an expression) is such a call; `at` is a path where the names are resolved. */
export function isProcessEndCall(node: Node, at: NodePath): boolean {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return false;
  const object = callee.object.name;
  const method = getPropertyName(callee);
  if (object === 'process' && findBinding(at, 'process') === null) {
    if (method === 'exit' || method === 'abort') return true;
    const target = call.arguments[0] ? unwrapExpression(call.arguments[0] as Node) : null;
    return method === 'kill' && target?.type === 'MemberExpression' && target.object.type === 'Identifier' && target.object.name === 'process' && getPropertyName(target) === 'pid';
  }
  return object === 'app' && (method === 'quit' || method === 'exit') && findBinding(at, 'app')?.scope.type === 'Program';
}
