/**
 * Adds one entry to a braced, comma-separated list with the smallest edit that keeps the
 * list's layout: object literals (`{ a }` -> `{ a, signal }`), named imports and
 * destructuring patterns.
 *
 * - `{}` becomes `{ entry }`;
 * - a one-line list gets `, entry` after its last item (`entry,` after a trailing comma);
 * - a multi-line list gets a new line with the last item's indentation, keeping its
 *   trailing-comma habit and any comment at the end of the last item's line;
 * - `at: 'start'` puts the entry first (used where a later `...spread` must keep priority);
 * - several entries at once (an import of `DestroyRef` and `inject`) go on one line in a
 *   one-line list and one per line in a multi-line or broken list;
 * - with a `layout` (the file's code style), a one-line list that would grow past the print
 *   width is broken one entry per line, one indentation unit deeper than its line, the way
 *   prettier breaks a long call: `f(url, {\n  a,\n  signal,\n})` — unless the file keeps its
 *   own long calls on one line (keeps-long-calls.ts): then the list grows on its line.
 *
 * `layoutObjectLiteral` writes a new object literal the same way.
 */
import type { Node, ObjectExpression } from '@babel/types';
import type { TextEdit } from '../../core/finding';
import type { CodeStyle } from '../../core/code-style';
import type { SourceText } from '../../core/source-text';
import { findLineEndAfter, skipTrivia } from '../syntax/trivia';
import { visualLength } from './call-layout';
import { keepsLongCallsOnOneLine } from './keeps-long-calls';

export interface BracedList {
  /** Offset of the opening `{`. */
  open: number;
  /** Offset of the closing `}`. */
  close: number;
  items: readonly Node[];
}

export interface AddEntryOptions {
  at?: 'start' | 'end';
  /** Break the list when the entry would make its line longer than `printWidth`. */
  layout?: ListLayout;
}

export type ListLayout = Pick<CodeStyle, 'indentUnit' | 'trailingComma' | 'printWidth'>;

export function addObjectProperty(source: SourceText, object: ObjectExpression, entry: string, options: AddEntryOptions = {}): TextEdit[] {
  return addListEntry(source, { open: object.start!, close: object.end! - 1, items: object.properties }, entry, options);
}

export function addListEntry(source: SourceText, list: BracedList, entryOrEntries: string | readonly string[], { at = 'end', layout }: AddEntryOptions = {}): TextEdit[] {
  const text = source.text;
  // Several entries (`DestroyRef`, `inject`) are written as the list writes its items: one line each in a multi-line list.
  const added = typeof entryOrEntries === 'string' ? [entryOrEntries] : entryOrEntries;
  const entry = added.join(', ');
  const onLines = (indent: string): string => added.join(`,\n${indent}`);
  const { open, close, items } = list;
  const lineOf = (offset: number): number => source.positionAt(offset).line;

  // Case: a one-line list that would grow past the print width: one entry per line.
  if (layout && lineOf(open) === lineOf(close)) {
    const broken = breakLongList(source, list, added, at, layout);
    if (broken) return broken;
  }

  // Case: `{}` / `{ }` / `{ /* comment */ }`
  if (items.length === 0) {
    if (text.slice(open + 1, close).trim() === '') return [{ start: open, end: close + 1, text: `{ ${entry} }` }];
    return [{ start: open + 1, end: open + 1, text: ` ${entry},` }];
  }

  if (at === 'start') {
    const first = items[0]!;
    // Case: `{ a }` -> `{ entry, a }`
    if (lineOf(first.start!) === lineOf(open)) return [{ start: first.start!, end: first.start!, text: `${entry}, ` }];
    // Case: multi-line: the entry takes the first item's line and indentation
    return [{ start: first.start!, end: first.start!, text: `${onLines(source.indentAt(first.start!))},\n${source.indentAt(first.start!)}` }];
  }

  const last = items[items.length - 1]!;
  const afterLast = skipTrivia(text, last.end!, close);
  const hasTrailingComma = text[afterLast] === ',';
  const endOfLast = hasTrailingComma ? afterLast + 1 : last.end!;
  const isMultiLine = lineOf(last.start!) > lineOf(open);
  const closesOnSameLine = lineOf(close) === lineOf(endOfLast);

  // Case: one line, or the list closes on the last item's line (`  b: 2 }`)
  if (!isMultiLine || closesOnSameLine) {
    if (hasTrailingComma) return [{ start: endOfLast, end: endOfLast, text: ` ${entry},` }];
    if (!isMultiLine) return [{ start: last.end!, end: last.end!, text: `, ${entry}` }];
    return [{ start: last.end!, end: last.end!, text: `,\n${source.indentAt(last.start!)}${onLines(source.indentAt(last.start!))}` }];
  }

  const indent = source.indentAt(last.start!);
  const lineEnd = findLineEndAfter(source, endOfLast) ?? endOfLast;
  // Case: multi-line with a trailing comma: a new `entry,` line
  if (hasTrailingComma) return [{ start: lineEnd, end: lineEnd, text: `\n${indent}${onLines(indent)},` }];
  // Case: multi-line without one: the comma goes right after the item, before any comment
  if (lineEnd === last.end! || text.slice(last.end!, lineEnd).trim() === '') {
    return [{ start: last.end!, end: last.end!, text: `,\n${indent}${onLines(indent)}` }];
  }
  return [
    { start: last.end!, end: last.end!, text: ',' },
    { start: lineEnd, end: lineEnd, text: `\n${indent}${onLines(indent)}` },
  ];
}

/**
 * `{ a, b }` to insert at `at`, or `{\n<indent>  a,\n<indent>  b,\n<indent>}` when the one-line
 * form would make its line longer than the print width. `before` is text inserted just before
 * it on the same line (`, `); `replacedEnd` is the end of the text it replaces (default `at`).
 */
export function layoutObjectLiteral(
  source: SourceText,
  layout: ListLayout,
  entries: readonly string[],
  at: number,
  { before = '', replacedEnd = at }: { before?: string; replacedEnd?: number } = {},
): string {
  const oneLine = `{ ${entries.join(', ')} }`;
  if (keepsLongCallsOnOneLine(source, layout.printWidth)) return oneLine;
  if (lineLengthWith(source, at, replacedEnd, before + oneLine) <= layout.printWidth) return oneLine;
  return brokenObject(source.indentAt(at), layout, entries);
}

function brokenObject(indent: string, layout: ListLayout, entries: readonly string[]): string {
  const inner = indent + layout.indentUnit;
  return `{\n${entries.map((entry) => inner + entry).join(',\n')}${layout.trailingComma ? ',' : ''}\n${indent}}`;
}

/**
 * The length of the line at `start` once `start..end` (on that line) is replaced by `inserted`,
 * not counting a `// comment` at its end (prettier does not either).
 */
function lineLengthWith(source: SourceText, start: number, end: number, inserted: string): number {
  const line = source.positionAt(start).line;
  if (source.positionAt(end).line !== line || inserted.includes('\n')) return 0;
  const rest = source.slice(end, source.lineEnd(line)).replace(/\s*\/\/.*$/, '');
  return visualLength(source.slice(source.lineStart(line), start)) + inserted.length + rest.length;
}

/**
 * A one-line `{ a, b }` rewritten with `entry` one per line, when adding `entry` on the line
 * would make it too long; `null` when it fits, or when comments inside would be lost.
 */
function breakLongList(source: SourceText, list: BracedList, added: readonly string[], at: 'start' | 'end', layout: ListLayout): TextEdit[] | null {
  const { open, close, items } = list;
  const texts = items.map((item) => source.slice(item.start!, item.end!));
  // Whatever is between the items must be commas and spaces: a comment would be dropped.
  const bounds = [open + 1, ...items.flatMap((item) => [item.start!, item.end!]), close];
  for (let i = 0; i < bounds.length; i += 2) if (/[^\s,]/.test(source.slice(bounds[i]!, bounds[i + 1]!))) return null;
  const entries = at === 'start' ? [...added, ...texts] : [...texts, ...added];
  // Measured as the list writes its braces: `{a, b}` is two columns shorter than `{ a, b }`.
  const pad = /\s/.test(source.text[open + 1] ?? '') ? ' ' : '';
  const oneLine = `{${pad}${entries.join(', ')}${pad}}`;
  if (keepsLongCallsOnOneLine(source, layout.printWidth)) return null;
  if (lineLengthWith(source, open, close + 1, oneLine) <= layout.printWidth) return null;
  return [{ start: open, end: close + 1, text: brokenObject(source.indentAt(open), layout, entries) }];
}
