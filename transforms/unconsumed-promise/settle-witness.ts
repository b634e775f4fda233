/**
 * A settle witness in a test: `p.then(() => (settled = true))`, `oneEvent(el, 'x').then(() => count++)`
 * — a chain whose only callback records, in variables of the enclosing code, that the promise
 * settled, and the test reads those variables later (`expect(settled).toBe(false)` right after an
 * action, then again after the event). The promise is watched, not waited for: the `await` the
 * rule suggests in a test would wait for what the test checks has not happened yet, and for an
 * event the test fires only afterwards it would never end. Its rejection is still unhandled, so
 * it stays a finding, report-only and `low`.
 */
import type { Expression, Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { findBinding } from '../../src/analysis/syntax/scope';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';

/** The outer variables the callback writes, when writing them is all it does; else `null`. */
function writtenNames(callback: Node): string[] | null {
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return null;
  const expressions: Node[] = [];
  if (callback.body.type === 'BlockStatement') {
    for (const statement of callback.body.body) {
      if (statement.type !== 'ExpressionStatement') return null;
      expressions.push(statement.expression);
    }
  } else {
    expressions.push(callback.body);
  }
  const names: string[] = [];
  for (const raw of expressions) {
    const expression = unwrapExpression(raw as Expression);
    const target = expression.type === 'AssignmentExpression' ? expression.left : expression.type === 'UpdateExpression' ? expression.argument : null;
    if (!target || target.type !== 'Identifier') return null;
    names.push(target.name);
  }
  return names.length > 0 ? names : null;
}

/** Whether the dropped `expression` is a settle witness: every variable its one `.then` callback writes is a `let`/`var` of the enclosing code that code after `statement` reads. */
export function isSettleWitness(statement: NodePath, expression: Node): boolean {
  const call = unwrapExpression(expression as Expression);
  if (call.type !== 'CallExpression' || call.arguments.length !== 1) return false;
  const callee = unwrapExpression(call.callee as Expression);
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'then') return false;
  const names = writtenNames(unwrapExpression(call.arguments[0] as Expression));
  if (!names) return false;
  return names.every((name) => {
    const binding = findBinding(statement, name);
    if (!binding || (binding.kind !== 'let' && binding.kind !== 'var')) return false;
    return isReadAfter(binding.scope, name, statement.node.end!);
  });
}

/** `name` occurs after `offset` in `scope` other than as the target of a write. */
function isReadAfter(scope: Node, name: string, offset: number): boolean {
  let read = false;
  forEachNode(scope, (node, parent, key) => {
    if (read) return false;
    if (node.end! <= offset) return false;
    if (node.type !== 'Identifier' || node.name !== name || node.start! < offset) return undefined;
    if (parent?.type === 'AssignmentExpression' && key === 'left') return undefined;
    if (parent?.type === 'UpdateExpression') return undefined;
    if ((parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && key === 'property' && !parent.computed) return undefined;
    if (parent?.type === 'ObjectProperty' && key === 'key' && !parent.computed) return undefined;
    read = true;
    return false;
  });
  return read;
}
