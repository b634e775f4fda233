/**
 * The small layout habits of a file that generated code must copy so that a fix looks like
 * it was written by the file's author: quote character, semicolons, indentation unit and
 * line terminator.
 */
import type { File, Node } from '@babel/types';
import type { SourceText } from '../engine/source-text';

export interface CodeStyle {
  quote: "'" | '"';
  semicolons: boolean;
  /** One level of indentation: `'  '`, `'    '` or `'\t'`. */
  indentUnit: string;
  eol: '\n' | '\r\n';
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
export function detectCodeStyle(ast: File, source: SourceText): CodeStyle {
  let single = 0;
  let double = 0;
  let withSemicolon = 0;
  let withoutSemicolon = 0;
  let seen = 0;
  const text = source.text;
  const stack: Node[] = [ast.program];
  while (stack.length > 0 && seen < SAMPLE_LIMIT * 20) {
    const node = stack.pop()!;
    seen++;
    // Case: a string literal outside JSX attributes (those are conventionally double-quoted).
    if (node.type === 'StringLiteral' && node.start != null) {
      const first = text[node.start];
      if (first === "'") single++;
      else if (first === '"') double++;
    }
    // Case: a statement whose last character tells whether the file ends statements with `;`.
    if (STATEMENT_TYPES.has(node.type) && node.end != null) {
      if (text[node.end - 1] === ';') withSemicolon++;
      else withoutSemicolon++;
    }
    if (single + double >= SAMPLE_LIMIT && withSemicolon + withoutSemicolon >= SAMPLE_LIMIT) break;
    const record = node as unknown as Record<string, unknown>;
    for (const key in record) {
      if (key === 'loc' || key === 'extra' || key.endsWith('Comments')) continue;
      if (node.type === 'JSXAttribute' && key === 'value') continue;
      const value = record[key];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const item = value[i] as Node | null;
          if (item && typeof item.type === 'string') stack.push(item);
        }
      } else if (value && typeof (value as Node).type === 'string') {
        stack.push(value as Node);
      }
    }
  }
  return {
    quote: double > single ? '"' : "'",
    semicolons: withSemicolon >= withoutSemicolon,
    indentUnit: detectIndentUnit(source),
    eol: source.eol,
  };
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
