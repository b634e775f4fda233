/**
 * Minimal text edits that add statements to existing code so they look like the file's own:
 * the line's indentation plus the file's indentation unit, semicolons only where the file uses
 * them, and a trailing `// comment` left on the line it belongs to.
 *
 * Statement texts are passed without their final semicolon and may span several lines (written
 * with `\n` and one `indentUnit` per nesting level, relative to their first line).
 */
import type { ArrowFunctionExpression, BlockStatement, File, Node } from '@babel/types';
import type { CodeStyle } from '../../core/code-style';
import type { Language } from '../../core/language';
import type { SingleFileComponent } from '../../core/rule';
import type { SourceText } from '../../core/source-text';
import type { TextEdit } from '../../core/finding';
import { findCommentsWithin, getLeadingComments } from '../../core/comments';
import { visualLength } from './call-layout';
import { fitGeneratedLines } from './fit-generated-lines';
import { keepsLongCallsOnOneLine } from './keeps-long-calls';

/** What edit builders need from the rule context (a `RuleContext` is one). */
export interface EditContext {
  readonly filename: string;
  readonly source: SourceText;
  readonly style: CodeStyle;
  readonly language: Language;
  readonly ast: File;
  readonly sfc: SingleFileComponent | null;
}

/** `if (…) body` / `for (…) body` on one line, without braces: the head and the body; else `null`. */
function splitControlHead(text: string): { head: string; body: string } | null {
  if (text.includes('\n') || !/^(?:if|for) \(/.test(text)) return null;
  let depth = 0;
  for (let i = text.indexOf('('); i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) {
      const body = text.slice(i + 1).trim();
      return body === '' || body.startsWith('{') ? null : { head: text.slice(0, i + 1), body };
    }
  }
  return null;
}

/**
 * `text` with the file's statement terminator — and, under `curly: 'error'`, a generated `if` or
 * loop with its body in braces (`if (this.frameId !== undefined) { cancelAnimationFrame(…); }`,
 * `for (const off of offs) {` / `off();` / `}`).
 */
export function terminate(text: string, ctx: EditContext): string {
  const control = ctx.style.curly ? splitControlHead(text) : null;
  if (control) {
    const body = terminate(control.body, ctx);
    return control.head.startsWith('for') ? `${control.head} {\n${ctx.style.indentUnit}${body}\n}` : `${control.head} { ${body} }`;
  }
  if (!ctx.style.semicolons || text.endsWith(';') || /\}\s*$/.test(text) && /^(if|for|while|try)\b/.test(text)) return text;
  return `${text};`;
}

/**
 * Generated text kept within the print width (fit-generated-lines.ts), unless the file keeps
 * its own long calls on one line (keeps-long-calls.ts): `firstColumn` is where its first line
 * starts when that is not a line start.
 */
export function fitToWidth(text: string, ctx: EditContext, firstColumn = ''): string {
  // A file that keeps its own long calls on one line gets its generated calls the same way.
  if (keepsLongCallsOnOneLine(ctx.source, ctx.style.printWidth)) return text;
  return fitGeneratedLines(text, ctx.style, visualLength(firstColumn));
}

/** Indents every line of `text` but the first by `indent`. */
export function indentText(text: string, indent: string): string {
  return text.replace(/\n(?=[^\n])/g, `\n${indent}`);
}

/** Where text after `node` goes: its end, or the end of its line when only a comment follows. */
export function getStatementEnd(node: Node, ctx: EditContext): number {
  const end = node.end!;
  const line = ctx.source.positionAt(end).line;
  const rest = ctx.source.slice(end, ctx.source.lineEnd(line));
  if (/^\s*(\/\/.*|\/\*.*?\*\/\s*)$/.test(rest)) return ctx.source.lineEnd(line);
  return end;
}

/** Where text before `node` goes: its start, or the start of its own-line leading comments. */
export function getStatementStart(node: Node, ctx: EditContext): number {
  let start = node.start!;
  for (const comment of getLeadingComments(ctx.ast, ctx.source.text, node)) {
    const lineStart = ctx.source.lineStart(ctx.source.positionAt(comment.start!).line);
    // Only comments that start their own line belong to the statement.
    if (comment.start! < start && ctx.source.slice(lineStart, comment.start!).trim() === '') start = comment.start!;
  }
  return start;
}

/** Inserts statements on new lines after `node`, at its indentation. */
export function insertStatementsAfter(node: Node, statements: readonly string[], ctx: EditContext): TextEdit {
  const indent = ctx.source.indentAt(node.start!);
  const text = statements.map((statement) => fitToWidth(`\n${indent}${indentText(terminate(statement, ctx), indent)}`, ctx)).join('');
  const at = getStatementEnd(node, ctx);
  return { start: at, end: at, text };
}

/** Inserts statements on new lines before `node` (and its leading comments), at its indentation. */
export function insertStatementsBefore(node: Node, statements: readonly string[], ctx: EditContext): TextEdit {
  const at = getStatementStart(node, ctx);
  const indent = ctx.source.indentAt(at);
  const text = statements.map((statement) => fitToWidth(`${indentText(terminate(statement, ctx), indent)}\n${indent}`, ctx, indent)).join('');
  return { start: at, end: at, text };
}

/** A `return` or `throw` in the block itself (not in a function or class nested in it). */
function canLeaveEarly(block: BlockStatement): boolean {
  const visit = (node: Node): boolean => {
    if (node.type === 'ReturnStatement' || node.type === 'ThrowStatement') return true;
    if (/Function|Class/.test(node.type) || node.type === 'ObjectMethod') return false;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments' || key === 'loc') continue;
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) if (child && typeof (child as Node).type === 'string' && visit(child as Node)) return true;
    }
    return false;
  };
  return block.body.some(visit);
}

/** `super.disconnectedCallback();`: a base's teardown that stays first. */
function isSuperCallStatement(node: Node | undefined): boolean {
  if (node?.type !== 'ExpressionStatement') return false;
  const call = node.expression;
  return call.type === 'CallExpression' && call.callee.type === 'MemberExpression' && call.callee.object.type === 'Super';
}

/**
 * Appends statements at the end of a block (`{ a(); }` -> `{ a(); b(); }`), creating lines in an
 * empty one. A block that can return or throw before its end gets them at its start instead
 * (after a leading `super.x()` call), so they always run. A block that ends in a `super.x()` call
 * after its own statements gets them before that call: the base's teardown comes last, and may
 * take down what they use (video.js's `Plugin#dispose()` sets `this.player` to null).
 */
export function appendStatementsToBlock(block: BlockStatement, statements: readonly string[], ctx: EditContext): TextEdit {
  const last = block.body[block.body.length - 1];
  const outer = ctx.source.indentAt(block.start!);
  const early = last !== undefined && canLeaveEarly(block);
  const trailingSuper = block.body.length > 1 && isSuperCallStatement(last);
  if (last && ctx.source.positionAt(last.start!).line !== ctx.source.positionAt(block.start!).line) {
    // Case: `dispose() { clearInterval(this.timer); super.dispose(); }`
    if (!early) return trailingSuper ? insertStatementsBefore(last, statements, ctx) : insertStatementsAfter(last, statements, ctx);
    // Case: `onBeforeUnmount(() => { if (!editor) return; editor.destroy(); })`
    const [first, second] = block.body;
    if (!isSuperCallStatement(first)) return insertStatementsBefore(first!, statements, ctx);
    return second ? insertStatementsBefore(second, statements, ctx) : insertStatementsAfter(first!, statements, ctx);
  }
  const inner = outer + ctx.style.indentUnit;
  const lines = statements.map((statement) => fitToWidth(`\n${inner}${indentText(terminate(statement, ctx), inner)}`, ctx)).join('');
  if (last) {
    // Case: a one-line block `{ a(); }`: its statements move to their own lines too.
    const existing = `\n${inner}${indentText(ctx.source.slice(block.body[0]!.start!, getStatementEnd(last, ctx)).trim(), inner)}`;
    if (trailingSuper && !early) {
      // Case: `dispose() { this.off(); super.dispose(); }` on one line: the base's teardown stays last.
      const before = block.body[block.body.length - 2]!;
      const head = `\n${inner}${indentText(ctx.source.slice(block.body[0]!.start!, getStatementEnd(before, ctx)).trim(), inner)}`;
      const tail = `\n${inner}${indentText(ctx.source.slice(last.start!, getStatementEnd(last, ctx)).trim(), inner)}`;
      return { start: block.start! + 1, end: block.end! - 1, text: `${head}${lines}${tail}\n${outer}` };
    }
    const text = early && !isSuperCallStatement(block.body[0]) ? `${lines}${existing}` : `${existing}${lines}`;
    return { start: block.start! + 1, end: block.end! - 1, text: `${text}\n${outer}` };
  }
  // Case: a block with no statement; its directives (`'use strict'`) and the comments inside it stay, the new lines follow them.
  let contentEnd = block.start! + 1;
  for (const directive of block.directives ?? []) contentEnd = Math.max(contentEnd, directive.end!);
  const innerComments = ctx.ast.comments ? findCommentsWithin(ctx.ast.comments, block) : [...(block.innerComments ?? []), ...(block.directives ?? []).flatMap((directive) => directive.trailingComments ?? [])];
  for (const comment of innerComments) contentEnd = Math.max(contentEnd, comment.end!);
  return { start: contentEnd, end: block.end! - 1, text: `${lines}\n${outer}` };
}

/** The range of an arrow's expression body including any parentheses around it. */
export function getExpressionBodyRange(arrow: ArrowFunctionExpression, ctx: EditContext): { start: number; end: number } {
  const body = arrow.body;
  let start = body.start!;
  let end = body.end!;
  const text = ctx.source.text;
  // Case: `() => (a(), b())`
  for (;;) {
    let before = start - 1;
    while (before > arrow.start! && /\s/.test(text[before]!)) before--;
    let after = end;
    while (after < arrow.end! && /\s/.test(text[after]!)) after++;
    if (text[before] === '(' && text[after] === ')' && after < arrow.end!) {
      start = before;
      end = after + 1;
      continue;
    }
    return { start, end };
  }
}

/** Turns `() => expr` into `() => {\n  expr;\n  ...statements\n}`. */
export function convertExpressionBody(arrow: ArrowFunctionExpression, statements: readonly string[], ctx: EditContext, first = false): TextEdit {
  const range = getExpressionBodyRange(arrow, ctx);
  const outer = ctx.source.indentAt(arrow.start!);
  const inner = outer + ctx.style.indentUnit;
  const expression = ctx.source.slice(arrow.body.start!, arrow.body.end!);
  const kept = `\n${inner}${indentText(terminate(expression, ctx), inner)}`;
  const added = statements.map((statement) => fitToWidth(`\n${inner}${indentText(terminate(statement, ctx), inner)}`, ctx));
  // `first`: the new statements before the kept expression (`() => { cancel(); undim(); }`).
  const text = first ? `{${added.join('')}${kept}\n${outer}}` : `{${kept}${added.join('')}\n${outer}}`;
  return { start: range.start, end: range.end, text };
}

/** A block of statements as text for a new function body: `{\n  a;\n  b;\n}` (relative indentation). */
export function formatBlock(statements: readonly string[], ctx: EditContext): string {
  const unit = ctx.style.indentUnit;
  return `{${statements.map((statement) => `\n${unit}${indentText(terminate(statement, ctx), unit)}`).join('')}\n}`;
}
