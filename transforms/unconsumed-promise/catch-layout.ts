/**
 * The `.catch(handler)` unconsumed-promise appends to a promise expression, laid out for the
 * project's print width (src/analysis/edits/call-layout.ts) the way prettier lays it out:
 *
 * - no print width: `.catch((error) => { if (…) console.error(error); })` on the line where the
 *   expression ends;
 * - a print width: the handler's block broken (prettier never keeps a non-empty block on one
 *   line), its body one unit deeper than the line `.catch(` starts on;
 * - a chain the code already breaks before its last call (`store\n  .load()\n  .then(…)`): `.catch(`
 *   starts its own line at the indentation of that last call, as prettier prints every call of
 *   a broken chain.
 *
 * `closing` is what comes between the expression and `.catch` (`)` after `Promise.all(…`).
 */
import type { Node } from '@babel/types';
import { layoutBlockArgument } from '../../src/analysis/edits/call-layout';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { RuleContext } from '../../src/core/rule';
import type { Handler } from './handler';

/** Where the last call of a chain broken over lines starts (`.then` after a line break), or `null`. */
function getBrokenChainCall(expression: Node, context: RuleContext<unknown>): number | null {
  const call = unwrapExpression(expression);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const callee = call.callee;
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed) return null;
  const between = context.source.slice(callee.object.end!, callee.property.start!);
  if (!between.includes('\n')) return null;
  // The `.` (or `?.`) that starts the line.
  return callee.object.end! + between.search(/\??\.\s*$/);
}

export function formatCatch(expression: Node, closing: string, handler: Handler, context: RuleContext<unknown>): string {
  const style = context.style;
  if (style.printWidth === Infinity) return `${closing}.catch(${handler.text})`;
  const chainAt = closing === '' ? getBrokenChainCall(expression, context) : null;
  if (chainAt !== null) {
    const indent = context.source.indentAt(chainAt);
    return `\n${indent}.catch(${layoutBlockArgument(handler.head, handler.statement, indent, style)})`;
  }
  const indent = context.source.indentAt(expression.end!);
  return `${closing}.catch(${layoutBlockArgument(handler.head, handler.statement, indent, style)})`;
}
