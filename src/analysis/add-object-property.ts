/**
 * Adds one entry to a braced, comma-separated list with the smallest edit that keeps the
 * list's layout: object literals (`{ a }` -> `{ a, signal }`), named imports and
 * destructuring patterns.
 *
 * - `{}` becomes `{ entry }`;
 * - a one-line list gets `, entry` after its last item (`entry,` after a trailing comma);
 * - a multi-line list gets a new line with the last item's indentation, keeping its
 *   trailing-comma habit and any comment at the end of the last item's line;
 * - `at: 'start'` puts the entry first (used where a later `...spread` must keep priority).
 */
import type { Node, ObjectExpression } from '@babel/types';
import type { TextEdit } from '../report/finding';
import type { SourceText } from '../engine/source-text';
import { findLineEndAfter, skipTrivia } from './trivia';

export interface BracedList {
  /** Offset of the opening `{`. */
  open: number;
  /** Offset of the closing `}`. */
  close: number;
  items: readonly Node[];
}

export interface AddEntryOptions {
  at?: 'start' | 'end';
}

export function addObjectProperty(source: SourceText, object: ObjectExpression, entry: string, options: AddEntryOptions = {}): TextEdit[] {
  return addListEntry(source, { open: object.start!, close: object.end! - 1, items: object.properties }, entry, options);
}

export function addListEntry(source: SourceText, list: BracedList, entry: string, { at = 'end' }: AddEntryOptions = {}): TextEdit[] {
  const text = source.text;
  const { open, close, items } = list;
  const lineOf = (offset: number): number => source.positionAt(offset).line;

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
    return [{ start: first.start!, end: first.start!, text: `${entry},\n${source.indentAt(first.start!)}` }];
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
    return [{ start: last.end!, end: last.end!, text: `,\n${source.indentAt(last.start!)}${entry}` }];
  }

  const indent = source.indentAt(last.start!);
  const lineEnd = findLineEndAfter(source, endOfLast) ?? endOfLast;
  // Case: multi-line with a trailing comma: a new `entry,` line
  if (hasTrailingComma) return [{ start: lineEnd, end: lineEnd, text: `\n${indent}${entry},` }];
  // Case: multi-line without one: the comma goes right after the item, before any comment
  if (lineEnd === last.end! || text.slice(last.end!, lineEnd).trim() === '') {
    return [{ start: last.end!, end: last.end!, text: `,\n${indent}${entry}` }];
  }
  return [
    { start: last.end!, end: last.end!, text: ',' },
    { start: lineEnd, end: lineEnd, text: `\n${indent}${entry}` },
  ];
}
