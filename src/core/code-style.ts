/**
 * The small layout habits of a file that generated code must copy so that a fix looks like
 * it was written by the file's author: quote character, semicolons, indentation unit, line
 * terminator, trailing commas in multi-line lists, and the print width (which comes from the
 * project's formatter settings through `Settings.printWidth`, never from reading files here).
 */
import type { File, Node } from '@babel/types';
import type { SourceText } from './source-text';
import { forEachNode } from './traverse';

export interface CodeStyle {
  quote: "'" | '"';
  semicolons: boolean;
  /** One level of indentation: `'  '`, `'    '` or `'\t'`. */
  indentUnit: string;
  eol: '\n' | '\r\n';
  /** Multi-line object and array literals end with a trailing comma. */
  trailingComma: boolean;
  /** Multi-line call arguments end with a trailing comma (prettier's `all`; not `es5` or `none`). */
  callTrailingComma: boolean;
  /** The project's lint wants every loop and `if` body in braces (`curly: 'error'`; Settings.curly). */
  curly?: boolean;
  /** The longest line generated code should make; `Infinity`: never break generated code. */
  printWidth: number;
  /** One-parameter arrows the code generates: `(error) =>` (`always`) or `error =>` (`avoid`), from the formatter config. */
  arrowParens: 'always' | 'avoid';
  /**
   * A named function or method is written with a space before its parameters
   * (`created () {`, `function load (id) {}`: the `standard` style) rather than `created() {`.
   */
  spaceBeforeFunctionParen: boolean;
}

const STATEMENT_TYPES = new Set([
  'ExpressionStatement',
  'VariableDeclaration',
  'ReturnStatement',
  'ImportDeclaration',
  'ThrowStatement',
]);

const SAMPLE_LIMIT = 200;

/** Looks at up to a few hundred nodes; never the whole file. */
export function detectCodeStyle(ast: File, source: SourceText, printWidth = Infinity, arrowParens: 'always' | 'avoid' = 'always', trailingCommas?: 'all' | 'es5' | 'none', curly = false): CodeStyle {
  let withTrailingComma = 0;
  let withoutTrailingComma = 0;
  let single = 0;
  let double = 0;
  let withSemicolon = 0;
  let withParenSpace = 0;
  let withoutParenSpace = 0;
  let withoutSemicolon = 0;
  let seen = 0;
  const text = source.text;
  // Enough samples decide; stop descending once there are (the walk then unwinds quickly).
  const enough = (): boolean => seen >= SAMPLE_LIMIT * 20 || (single + double >= SAMPLE_LIMIT && withSemicolon + withoutSemicolon >= SAMPLE_LIMIT);
  forEachNode(ast.program, (node, parent, key) => {
    if (enough()) return false;
    seen++;
    // Case: a JSX attribute value (conventionally double-quoted, whatever the file's style).
    if (parent?.type === 'JSXAttribute' && key === 'value') return false;
    // Case: a string literal.
    if (node.type === 'StringLiteral' && node.start != null) {
      const first = text[node.start];
      if (first === "'") single++;
      else if (first === '"') double++;
    }
    // Case: a multi-line object or array literal: does its last entry end with a comma?
    if ((node.type === 'ObjectExpression' || node.type === 'ArrayExpression') && node.end != null) {
      const entries: readonly ({ end?: number | null } | null)[] = node.type === 'ObjectExpression' ? node.properties : node.elements;
      const last = entries[entries.length - 1];
      if (last?.end != null && text.lastIndexOf('\n', node.end) >= last.end) {
        if (text.slice(last.end, node.end - 1).trimStart().startsWith(',')) withTrailingComma++;
        else withoutTrailingComma++;
      }
    }
    // Case: `name (` or `name(` after a method's key or a named function's name.
    const nameEnd = getFunctionNameEnd(node);
    if (nameEnd !== null) {
      const gap = /^[ \t]*\(/.exec(text.slice(nameEnd, nameEnd + 8));
      if (gap) {
        if (gap[0].length > 1) withParenSpace++;
        else withoutParenSpace++;
      }
    }
    // Case: a statement whose last character tells whether the file ends statements with `;`.
    if (STATEMENT_TYPES.has(node.type) && node.end != null) {
      if (text[node.end - 1] === ';') withSemicolon++;
      else withoutSemicolon++;
    }
    return undefined;
  });
  return {
    quote: double > single ? '"' : "'",
    semicolons: withSemicolon >= withoutSemicolon,
    indentUnit: detectIndentUnit(source),
    eol: source.eol,
    // Prettier's default (`all` since 3.0) when the file has no multi-line list to tell; the formatter config's `none` wins.
    trailingComma: trailingCommas !== 'none' && withTrailingComma >= withoutTrailingComma,
    // `es5` (prettier 2's default, and home-assistant's): objects and arrays, never call arguments.
    callTrailingComma: trailingCommas !== 'none' && trailingCommas !== 'es5' && withTrailingComma >= withoutTrailingComma,
    ...(curly ? { curly } : {}),
    printWidth,
    arrowParens,
    // Prettier's layout (`name(`) unless the file writes `name (` more often.
    spaceBeforeFunctionParen: withParenSpace > withoutParenSpace,
  };
}

/** Where the name ends that a function's parameters follow: a method's key, a named function's name. */
function getFunctionNameEnd(node: Node): number | null {
  if (node.type === 'ObjectMethod' || node.type === 'ClassMethod') {
    if (node.kind !== 'method' || node.computed || node.typeParameters) return null;
    return node.key.end ?? null;
  }
  if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') && node.id && !node.typeParameters) return node.id.end ?? null;
  return null;
}

function detectIndentUnit(source: SourceText): string {
  const deltas = new Map<number, number>();
  let tabs = 0;
  let spaces = 0;
  let previous = 0;
  const limit = Math.min(source.lineCount, 2000);
  for (let line = 1; line <= limit; line++) {
    const lineText = source.lineText(line);
    if (lineText.trim() === '') continue;
    const indent = /^[ \t]*/.exec(lineText)![0];
    if (indent.startsWith('\t')) {
      tabs++;
      continue;
    }
    if (indent.length > 0) spaces++;
    // Continuation lines of block comments (` * `) sit one space deeper; ignore them.
    if (/^\s*\*/.test(lineText)) continue;
    const delta = indent.length - previous;
    if (delta > 0 && delta <= 8) deltas.set(delta, (deltas.get(delta) ?? 0) + 1);
    previous = indent.length;
  }
  if (tabs > spaces) return '\t';
  let best = 2;
  let bestCount = 0;
  for (const [delta, count] of deltas) {
    if (count > bestCount || (count === bestCount && delta < best)) {
      best = delta;
      bestCount = count;
    }
  }
  return ' '.repeat(best);
}

/** `name(` or `name (` as the file writes a method or named function: the head of its parameter list. */
export function openParameters(name: string, style: Pick<CodeStyle, 'spaceBeforeFunctionParen'>): string {
  return `${name}${style.spaceBeforeFunctionParen ? ' ' : ''}(`;
}
