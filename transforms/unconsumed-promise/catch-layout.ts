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
 *
 * When `void ` and `.catch((error) => {` push a call that fitted on its line past the print
 * width (`planCatchBreak`), prettier's layout: the handler is the broken argument while
 * `void save(a, b).catch(` fits, else the call's own arguments are broken, one per line (or the
 * last object hugged), and `).catch((error) => {` follows the closing parenthesis — as prettier
 * prints `void Promise.all(\n  items.map(…),\n).catch((error) => {`. Chains and files that keep
 * long calls on one line are left as they are.
 */
import type { Node } from '@babel/types';
import { layoutBlockArgument, layoutCall, visualLength } from '../../src/analysis/edits/call-layout';
import type { TextEdit } from '../../src/core/finding';
import { keepsLongCallsOnOneLine } from '../../src/analysis/edits/keeps-long-calls';
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

/** `save`, `api.save`, `this.store.save`, `Promise.all`: no call in the callee, and not a promise method. */
function isPlainCallee(callee: Node): boolean {
  const node = unwrapExpression(callee);
  if (node.type === 'Identifier') return true;
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier' || PROMISE_METHODS.has(node.property.name)) return false;
  for (let object: Node = node.object; ; ) {
    if (object.type === 'Identifier' || object.type === 'ThisExpression') return true;
    if (object.type !== 'MemberExpression' || object.computed) return false;
    object = object.object;
  }
}

const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);

/**
 * How the line of a call that `prefix` and `.catch(` push past the print width is broken, as
 * prettier breaks it: when `void save(a, b).catch(` still fits, the handler is the broken
 * argument (`.catch(\n  (error) => {\n    …\n  },\n)`); else the call's own arguments are.
 */
export function planCatchBreak(
  expression: Node,
  prefix: string,
  after: string,
  context: RuleContext<unknown>,
): { kind: 'handler' } | { kind: 'arguments'; edit: TextEdit } | null {
  const check = checkCatchBreak(expression, prefix, after, context);
  if (!check) return null;
  if (visualLength(check.before + prefix + check.text + '.catch(') <= context.style.printWidth) return { kind: 'handler' };
  const edit = buildArgumentsBreak(check.call, context);
  return edit ? { kind: 'arguments', edit } : null;
}

/** The handler as the broken last argument of `.catch(`, one unit deeper than the line (`indent`). */
export function formatBrokenCatchArgument(handler: Handler, indent: string, context: RuleContext<unknown>): string {
  const { indentUnit: unit, callTrailingComma } = context.style;
  return `.catch(\n${indent}${unit}${handler.head} {\n${indent}${unit}${unit}${handler.statement}\n${indent}${unit}}${callTrailingComma ? ',' : ''}\n${indent})`;
}

function checkCatchBreak(expression: Node, prefix: string, after: string, context: RuleContext<unknown>): { call: Node & { arguments: Node[] }; before: string; text: string } | null {
  const style = context.style;
  const call = unwrapExpression(expression);
  if (style.printWidth === Infinity || (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') || call.arguments.length === 0) return null;
  // A chain (`this.mount().then(…)`, `ready.then(…)`) is broken before its calls, not inside them: left to the formatter.
  if (!isPlainCallee(call.callee as Node)) return null;
  const source = context.source;
  // A file that keeps its long calls on one line keeps this one too.
  if (keepsLongCallsOnOneLine(source, style.printWidth)) return null;
  const text = source.slice(call.start!, call.end!);
  if (text.includes('\n') || after.startsWith('\n')) return null;
  const line = source.positionAt(call.start!).line;
  const before = source.slice(source.lineStart(line), call.start!);
  const firstLineAfter = after.split('\n')[0]!;
  const rest = source.slice(call.end!, source.lineEnd(line));
  // The line as it was fitted: only the fix pushes it past the width.
  if (visualLength(before + text + rest) > style.printWidth) return null;
  if (visualLength(before + prefix + text + firstLineAfter) <= style.printWidth) return null;
  return { call: call as Node & { arguments: Node[] }, before, text };
}

function buildArgumentsBreak(node: Node, context: RuleContext<unknown>): TextEdit | null {
  const call = node as Node & { arguments: Node[]; callee: Node; typeParameters?: Node | null };
  const source = context.source;
  const style = context.style;
  const open = source.text.indexOf('(', (call.typeParameters ?? call.callee).end!);
  if (open < 0 || open >= call.end!) return null;
  const callee = source.slice(call.start!, open);
  const args = call.arguments.map((argument) => source.slice(argument.start!, argument.end!));
  const laidOut = layoutCall(callee, args, source.indentAt(call.start!), style, Infinity);
  if (!laidOut.includes('\n')) return null;
  const indent = source.indentAt(call.start!);
  return { start: open, end: call.end!, text: laidOut.slice(callee.length).replace(/\n/g, `\n${indent}`) };
}
