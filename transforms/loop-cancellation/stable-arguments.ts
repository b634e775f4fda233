/**
 * Whether an expression has the same value wherever it is evaluated inside its function: a
 * literal, a `const` or a parameter that is never assigned, and operators over those. The
 * self-starting poller's fix moves `setTimeout(poll, ms, page + 1)`'s extra arguments into the
 * callback (`() => poll(page + 1, signal)`), so they are evaluated when the timer fires, not when
 * it is set: only arguments whose value cannot change in between may move.
 */
import type { Node } from '@babel/types';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findBinding } from '../../src/analysis/syntax/scope';
import type { NodePath } from '../../src/core/traverse';

export function isStableExpression(at: NodePath, node: Node): boolean {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'BigIntLiteral':
      return true;
    case 'Identifier':
      return node.name === 'undefined' ? findBinding(at, 'undefined') === null : isUnchangedBinding(at, node.name);
    case 'TemplateLiteral':
      return node.expressions.every((expression) => isStableExpression(at, expression));
    // Case: `page + 1`, `-delta`, `!first`; not `typeof`/`delete`/`void` (never useful here)
    case 'BinaryExpression':
      return node.left.type !== 'PrivateName' && isStableExpression(at, node.left) && isStableExpression(at, node.right);
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+' || node.operator === '!' || node.operator === '~') && isStableExpression(at, node.argument);
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
    case 'ParenthesizedExpression':
      return isStableExpression(at, node.expression);
    default:
      // A call, a member read, an object or array literal (a new one each time): not provably the same.
      return false;
  }
}

/** A `const`, or a parameter nothing assigns to (`page = …`, `page++`, `[page] = …`). */
function isUnchangedBinding(at: NodePath, name: string): boolean {
  const binding = findBinding(at, name);
  if (!binding || binding.ambient) return false;
  if (binding.kind === 'const') return true;
  if (binding.kind !== 'param') return false;
  return findBindingReferences(at, binding).every((reference) => !isWritten(reference));
}

function isWritten(reference: NodePath): boolean {
  let current = reference;
  // Case: `[page] = next`, `({ page } = next)`: the identifier sits inside a pattern.
  while (current.parentPath && (current.parent!.type === 'ArrayPattern' || current.parent!.type === 'ObjectProperty' || current.parent!.type === 'ObjectPattern' || current.parent!.type === 'RestElement' || current.parent!.type === 'AssignmentPattern')) {
    current = current.parentPath;
  }
  const parent = current.parent;
  if (!parent) return false;
  if (parent.type === 'UpdateExpression') return true;
  if (parent.type === 'AssignmentExpression' && current.key === 'left') return true;
  return (parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') && current.key === 'left';
}
