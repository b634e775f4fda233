/**
 * The `.catch(handler)` unconsumed-promise appends to a promise expression, laid out for the
 * project's print width (src/analysis/edits/call-layout.ts) the way prettier lays it out:
 *
 * - no print width: `.catch((error) => console.error(error))` (or a block body,
 *   `.catch((error) => { if (…) console.error(error); })`) on the line where the expression ends;
 * - a print width: a handler's block broken (prettier never keeps a non-empty block on one
 *   line), its body one unit deeper than the line `.catch(` starts on; an expression body on
 *   the line;
 * - a chain the code already breaks before its last call (`store\n  .load()\n  .then(…)`): `.catch(`
 *   starts its own line at the indentation of that last call, as prettier prints every call of
 *   a broken chain.
 *
 * `closing` is what comes between the expression and `.catch` (`)` after `Promise.all(…`).
 *
 * When `void ` and `.catch((error) => {` push a call that fitted on its line past the print
 * width (`planCatchBreak`), prettier's layout: the handler is the broken argument while
 * `void save(a, b).catch(` fits (`.catch((error) =>` for an expression body, which breaks
 * after the arrow), else the call's own arguments are broken, one per line (or the
 * last object hugged), and `).catch((error) => {` follows the closing parenthesis — as prettier
 * prints `void Promise.all(\n  items.map(…),\n).catch((error) => {`. Chains and files that keep
 * long calls on one line are left as they are.
 *
 * On a thenable with no `catch` (rejection-method.ts) the call is `.then(undefined, handler)`,
 * laid out the same way; broken, each of its two arguments takes a line of its own.
 */
import type { Node } from '@babel/types';
import { layoutBlockArgument, layoutCall, visualLength } from '../../src/analysis/edits/call-layout';
import type { TextEdit } from '../../src/core/finding';
import { keepsLongCallsOnOneLine } from '../../src/analysis/edits/keeps-long-calls';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { RuleContext } from '../../src/core/rule';
import { openRejectionCall, type Handler } from './handler';
import { forEachNode } from '../../src/core/traverse';

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
  const open = openRejectionCall(handler);
  if (style.printWidth === Infinity) return `${closing}${open}${handler.text})`;
  const chainAt = closing === '' ? getBrokenChainCall(expression, context) : null;
  if (chainAt !== null) {
    const indent = context.source.indentAt(chainAt);
    return `\n${indent}${open}${layoutHandler(handler, indent, context)})`;
  }
  const indent = context.source.indentAt(expression.end!);
  return `${closing}${open}${layoutHandler(handler, indent, context)})`;
}

/** A block body broken as prettier always breaks one; an expression body on the line (planCatchBreak breaks the line where it is too long). */
function layoutHandler(handler: Handler, indent: string, context: RuleContext<unknown>): string {
  if (handler.body.kind !== 'block') return handler.text;
  return layoutBlockArgument(handler.head, handler.body.statement, indent, context.style);
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
  handler: Handler,
  context: RuleContext<unknown>,
): { kind: 'handler'; hugHead: boolean } | { kind: 'arguments'; edit: TextEdit } | null {
  const check = checkCatchBreak(expression, prefix, after, context);
  if (!check) return null;
  const fits = (opening: string): boolean => visualLength(check.before + prefix + check.text + opening) <= context.style.printWidth;
  const open = openRejectionCall(handler);
  // Case: an expression body: `.catch((error) =>\n  console.error(error),\n)` while the arrow's head fits on the line
  // (not after `undefined, `: prettier then breaks every argument)
  if (handler.body.kind === 'expression' && handler.method !== 'then' && fits(`${open}${handler.head}`)) return { kind: 'handler', hugHead: true };
  if (fits(handler.method === 'then' ? '.then(' : open)) return { kind: 'handler', hugHead: false };
  const edit = buildArgumentsBreak(check.call, context);
  return edit ? { kind: 'arguments', edit } : null;
}

/**
 * The handler as the broken last argument of `.catch(`, one unit deeper than the line (`indent`);
 * with `hugHead`, an expression body's arrow head stays on the line and its body breaks.
 */
export function formatBrokenCatchArgument(handler: Handler, indent: string, hugHead: boolean, context: RuleContext<unknown>): string {
  const { indentUnit: unit, callTrailingComma } = context.style;
  const comma = callTrailingComma ? ',' : '';
  if (handler.body.kind === 'expression' && hugHead && handler.method !== 'then') return `.catch(${handler.head}\n${indent}${unit}${handler.body.expression}${comma}\n${indent})`;
  // Case: `.then(undefined, handler)`: each argument on a line of its own
  const open = handler.method === 'then' ? `.then(\n${indent}${unit}undefined,` : '.catch(';
  // Case: the whole handler (or a name, `reject`) on a line of its own
  if (handler.body.kind !== 'block') return `${open}\n${indent}${unit}${handler.text}${comma}\n${indent})`;
  return `${open}\n${indent}${unit}${handler.head} {\n${indent}${unit}${unit}${handler.body.statement}\n${indent}${unit}}${comma}\n${indent})`;
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

/**
 * `hasHostPermission().then((granted) => {\n  …\n})` gets `.catch(…)`: its `.then(…)` call, which
 * spans lines, is then no longer the chain's last call, and prettier (Biome, oxfmt alike) prints
 * the chain broken, one call group per line, one unit deeper than the statement:
 *
 *     void hasHostPermission()
 *       .then((granted) => {
 *         …
 *       })
 *       .catch((error) => {…});
 *
 * The groups as prettier's member-chain printer forms them: the head with the calls right after
 * it (`fetch(url)`), or with the member accesses before the first call (`this.store`); then a
 * group per `.name…(…)`; a lone `this` or capitalized head keeps its first group on its line
 * (`this.load()`, `Promise.all(…)`). The edits: a line break before each group, one more unit
 * on every line of the groups after the first break (the head's group keeps its lines, as
 * prettier prints it: `confirm({\n  title,\n})\n  .then(…)`), and `.catch(` on its own line. `null` when the chain is
 * not of that shape (no call in it spans lines, it is already broken, it holds a comment or a
 * multi-line template), no print width is known, the file writes such chains hugged
 * (keepsChainsHugged), or the chain as written is already not prettier's (a group before its last
 * call spans lines in a chain prettier prints broken: `.catch(` then follows the last call).
 */
export function planChainExpansion(expression: Node, handler: Handler, context: RuleContext<unknown>): TextEdit[] | null {
  const style = context.style;
  const source = context.source;
  if (style.printWidth === Infinity) return null;
  const breakAt = getExpansionBreaks(expression, context);
  if (!breakAt || /\/[/*]|`[^`]*\n/.test(source.slice(expression.start!, expression.end!))) return null;
  // The expression starts its line (a statement), so its line's indentation is the base.
  const line = source.positionAt(expression.start!).line;
  if (source.slice(source.lineStart(line), expression.start!).trim() !== '') return null;
  // Case: the file writes such chains hugged (`api.put(…).then(() => {\n…\n}).catch(onError)`): it is not laid out by a chain-breaking formatter, so the chain stays as written
  if (keepsChainsHugged(context)) return null;
  const text = source.slice(expression.start!, expression.end!);
  const indent = source.indentAt(expression.start!);
  const inner = indent + style.indentUnit;
  const edits: TextEdit[] = breakAt.map((dot) => ({ start: dot, end: dot, text: `\n${inner}` }));
  // Prettier indents only the groups it breaks onto lines of their own: the head's group (and a
  // group merged onto its line) keeps its lines where they are (`confirm({\n  title,\n})` then
  // `  .then(…)`).
  const firstBreak = Math.min(...breakAt);
  for (let offset = text.indexOf('\n'); offset >= 0; offset = text.indexOf('\n', offset + 1)) {
    const at = expression.start! + offset + 1;
    // Blank lines stay blank.
    if (/^\r?\n/.test(source.slice(at, at + 2)) || at >= expression.end! || at < firstBreak) continue;
    edits.push({ start: at, end: at, text: style.indentUnit });
  }
  edits.push({ start: expression.end!, end: expression.end!, text: `\n${inner}${openRejectionCall(handler)}${layoutHandler(handler, inner, context)})` });
  return edits;
}

/**
 * The offsets of the dots prettier breaks `expression` before once a call follows it (see
 * planChainExpansion), or `null` when it would print the chain as written.
 */
function getExpansionBreaks(expression: Node, context: RuleContext<unknown>): number[] | null {
  const source = context.source;
  const chain = flattenChain(unwrapExpression(expression));
  if (!chain || expression.start !== unwrapExpression(expression).start) return null;
  const text = source.slice(expression.start!, expression.end!);
  if (!text.includes('\n')) return null;
  const groups = groupChain(chain);
  if (groups.length < 2) return null;
  // Prettier merges the first call group onto the head's line after `this` or a factory name.
  const merged = shouldMergeFirstGroup(chain.head, groups[0]!) ? 1 : 0;
  const breakAt = groups.slice(merged + 1).map((group) => group.dot);
  // Case: already broken before a call (`store\n  .load()`): formatCatch's own layout
  if (breakAt.length === 0 || breakAt.some((dot) => source.slice(dot, dot + 1) !== '.' || /\s/.test(source.slice(dot - 1, dot)))) return null;
  // Prettier breaks the chain when a call group before the last breaks: one holding a function
  // with statements in its block (always printed over lines). With `.catch` appended, every
  // group of the expression comes before the last.
  if (!groups.some((group) => group.links.some((link) => link.kind === 'call' && hasBlockFunctionArgument(link.node)))) return null;
  return breakAt;
}

/**
 * A chain written hugged that prettier prints broken: a group before its last call spans lines
 * (a function with statements), no line break before any of its calls, and more groups than
 * prettier keeps on one line as a statement (two; three after a lone `this`, a factory name or a
 * name no longer than the indentation: `p.then(…).then(…)` is prettier's own).
 */
function isHuggedUnprettierChain(call: Node, context: RuleContext<unknown>): boolean {
  const chain = flattenChain(call);
  if (!chain) return false;
  const groups = groupChain(chain);
  if (groups.slice(1).some((group) => /\s/.test(context.source.slice(group.dot - 1, group.dot)) || context.source.slice(group.dot, group.dot + 1) !== '.')) return false;
  const breaks = groups.map((group) => group.links.some((link) => link.kind === 'call' && hasBlockFunctionArgument(link.node)));
  return breaks.slice(0, -1).includes(true) && groups.length > (mergesInStatement(chain.head, groups[0]!, context.style.indentUnit) ? 3 : 2);
}

const huggedChainAnswers = new WeakMap<object, boolean>();

/**
 * Whether the file already holds a chain prettier would have broken one call per line, written
 * hugged instead: `x.then(() => {\n…\n}).catch(h)` with no line break before `.then` or
 * `.catch`. A prettier-, Biome- or oxfmt-formatted file never has one, so a file that does is
 * laid out by hand (or by a formatter that keeps chains), and re-indenting the whole chain the
 * fix appends to would reformat code the fix does not touch.
 */
function keepsChainsHugged(context: RuleContext<unknown>): boolean {
  const source = context.source;
  let answer = huggedChainAnswers.get(source);
  if (answer !== undefined) return answer;
  answer = false;
  forEachNode(context.ast, (node, parent) => {
    if (answer) return false;
    if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || node.callee.computed) return;
    // The whole chain only (not each shorter chain inside it).
    if (parent?.type === 'MemberExpression' && parent.object === node) return;
    if (isHuggedUnprettierChain(node, context)) answer = true;
  });
  huggedChainAnswers.set(source, answer);
  return answer;
}

function hasBlockFunctionArgument(call: Node): boolean {
  return (call as Node & { arguments: Node[] }).arguments.some(
    (argument) => (argument.type === 'ArrowFunctionExpression' || argument.type === 'FunctionExpression') && argument.body.type === 'BlockStatement' && argument.body.body.length > 0,
  );
}

interface ChainLink {
  kind: 'call' | 'member';
  node: Node;
}

/** `a.b(x).c(y)` → head `a` and the links `.b`, `(x)`, `.c`, `(y)`; `null` when the outermost node is not a member call, or a link is computed or optional. */
function flattenChain(outer: Node): { head: Node; links: ChainLink[] } | null {
  if (outer.type !== 'CallExpression' || outer.callee.type !== 'MemberExpression') return null;
  const links: ChainLink[] = [];
  let node: Node = outer;
  for (;;) {
    if (node.type === 'CallExpression') {
      links.unshift({ kind: 'call', node });
      node = node.callee;
    } else if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
      links.unshift({ kind: 'member', node });
      node = node.object;
    } else if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression' || node.type === 'OptionalCallExpression' || node.type === 'TSNonNullExpression') {
      return null;
    } else {
      return { head: node, links };
    }
  }
}

interface ChainGroup {
  /** Offset of the `.` the group starts with (`-1` for the head's group). */
  dot: number;
  links: ChainLink[];
}

/** Prettier's grouping: the head's group (the calls right after the head, or the member accesses before the first call), then `.name…(…)` groups. */
function groupChain(chain: { head: Node; links: ChainLink[] }): ChainGroup[] {
  const { head, links } = chain;
  let i = 0;
  const first: ChainLink[] = [];
  while (i < links.length && links[i]!.kind === 'call') first.push(links[i++]!);
  if (head.type !== 'CallExpression' && first.length === 0) {
    while (i + 1 < links.length && links[i]!.kind === 'member' && links[i + 1]!.kind === 'member') first.push(links[i++]!);
  }
  const groups: ChainGroup[] = [{ dot: -1, links: first }];
  let current: ChainGroup | null = null;
  let seenCall = false;
  for (; i < links.length; i++) {
    const link = links[i]!;
    if (link.kind === 'member' && (current === null || seenCall)) {
      const member = link.node as Node & { object: Node; property: Node };
      current = { dot: member.property.start! - 1, links: [] };
      groups.push(current);
      seenCall = false;
    }
    current!.links.push(link);
    if (link.kind === 'call') seenCall = true;
  }
  return groups;
}

/**
 * Prettier's rule for a chain that is a statement of its own, as written before the fix: a head
 * that `shouldMergeFirstGroup` keeps, or a lone name no longer than the indentation width
 * (`p.then(…).then(…)`), lets it keep three groups on one line instead of two.
 */
function mergesInStatement(head: Node, first: ChainGroup, indentUnit: string): boolean {
  if (shouldMergeFirstGroup(head, first)) return true;
  const tabWidth = indentUnit === '\t' ? 2 : indentUnit.length;
  return first.links.length === 0 && head.type === 'Identifier' && head.name.length <= tabWidth;
}

/** Prettier keeps `this.load()` and `Promise.all(…)` on the head's line: a lone `this` or capitalized (factory) head. */
function shouldMergeFirstGroup(head: Node, first: ChainGroup): boolean {
  if (first.links.length > 0) {
    const last = first.links.at(-1)!.node;
    return last.type === 'MemberExpression' && last.property.type === 'Identifier' && /^[A-Z]|^[$_]+$/.test(last.property.name);
  }
  return head.type === 'ThisExpression' || (head.type === 'Identifier' && /^[A-Z]|^[$_]+$/.test(head.name));
}
