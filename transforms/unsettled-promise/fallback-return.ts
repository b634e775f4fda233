/**
 * unsettled-promise: an error branch of a callback that returns a plain value (see
 * findFallbackReturn), which makes the missing `reject` a suggestion rather than an auto fix.
 */
import type { Node } from '@babel/types';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { ErrorBranch } from './match';

/**
 * A plain value the error branch returns from the callback (`return null;`, `return false;`,
 * `return [];`): a result meant for the promise's caller, which a callback's return never
 * reaches. Not `return;` nor `return log(err)` (an early exit that also calls something).
 */
export function findFallbackReturn(branch: ErrorBranch): Node | null {
  const statements = branch.kind === 'block' ? branch.block.body : branch.kind === 'missing-else' ? [] : [branch.statement];
  for (const statement of statements) {
    if (statement.type !== 'ReturnStatement' || !statement.argument) continue;
    const value = unwrapExpression(statement.argument);
    if (FALLBACK_VALUES.has(value.type)) return statement.argument;
  }
  return null;
}

const FALLBACK_VALUES = new Set(['NullLiteral', 'BooleanLiteral', 'NumericLiteral', 'StringLiteral', 'ArrayExpression', 'ObjectExpression']);
