/**
 * Text edits: the smallest change that fixes a leak. Untouched code keeps its exact bytes
 * (quotes, comments, semicolons, blank lines), which a reprint of the AST cannot promise.
 */
import type { Node } from '@babel/types';
import type { TextEdit } from './finding';
import { withLineTerminator } from './source-text';

type Ranged = Node | { start: number; end: number };

function startOf(target: Ranged): number {
  const start = (target as { start?: number | null }).start;
  if (start == null) throw new Error('node has no source range');
  return start;
}

function endOf(target: Ranged): number {
  const end = (target as { end?: number | null }).end;
  if (end == null) throw new Error('node has no source range');
  return end;
}

export const fixer = {
  insertBefore(target: Ranged | number, text: string): TextEdit {
    const at = typeof target === 'number' ? target : startOf(target);
    return { start: at, end: at, text };
  },
  insertAfter(target: Ranged | number, text: string): TextEdit {
    const at = typeof target === 'number' ? target : endOf(target);
    return { start: at, end: at, text };
  },
  replace(target: Ranged, text: string): TextEdit {
    return { start: startOf(target), end: endOf(target), text };
  },
  replaceRange(start: number, end: number, text: string): TextEdit {
    return { start, end, text };
  },
  remove(target: Ranged): TextEdit {
    return { start: startOf(target), end: endOf(target), text: '' };
  },
};

/** The edits of one finding: applied together or not at all. */
export interface EditGroup<T = unknown> {
  edits: readonly TextEdit[];
  /** Whatever the caller wants back (the finding). */
  owner: T;
}

export interface ApplyResult<T> {
  text: string;
  applied: EditGroup<T>[];
  /** Groups that collided with an earlier group; a later pass of the fix loop retries them. */
  deferred: EditGroup<T>[];
  /** Groups whose own edits overlap or fall outside the text: a bug in the rule. */
  invalid: EditGroup<T>[];
}

function collides(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one point have no defined order: a collision.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies non-overlapping groups in source order (like ESLint's fix pass). A group that
 * overlaps an accepted one is deferred whole; a group whose own edits overlap is rejected.
 */
export function applyEditGroups<T>(text: string, groups: readonly EditGroup<T>[], eol: '\n' | '\r\n'): ApplyResult<T> {
  const sorted = [...groups].sort((a, b) => minStart(a) - minStart(b));
  const accepted: TextEdit[] = [];
  const applied: EditGroup<T>[] = [];
  const deferred: EditGroup<T>[] = [];
  const invalid: EditGroup<T>[] = [];
  for (const group of sorted) {
    if (group.edits.length === 0) continue;
    if (hasInternalOverlap(group.edits) || group.edits.some((e) => e.start < 0 || e.end > text.length || e.start > e.end)) {
      invalid.push(group);
      continue;
    }
    if (group.edits.some((edit) => accepted.some((other) => collides(edit, other)))) {
      deferred.push(group);
      continue;
    }
    accepted.push(...group.edits);
    applied.push(group);
  }
  return { text: applyEdits(text, accepted, eol), applied, deferred, invalid };
}

/** Applies edits that are known not to overlap. Inserted line breaks take the file's `eol`. */
export function applyEdits(text: string, edits: readonly TextEdit[], eol: '\n' | '\r\n'): string {
  if (edits.length === 0) return text;
  // Back to front, so earlier offsets stay valid; at one offset, a replacement goes before an
  // insertion so the inserted text lands in front of the replaced text.
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of ordered) {
    result = result.slice(0, edit.start) + withLineTerminator(edit.text, eol) + result.slice(edit.end);
  }
  return result;
}

function minStart(group: EditGroup<unknown>): number {
  let min = Infinity;
  for (const edit of group.edits) if (edit.start < min) min = edit.start;
  return min;
}

function hasInternalOverlap(edits: readonly TextEdit[]): boolean {
  for (let i = 0; i < edits.length; i++) {
    for (let j = i + 1; j < edits.length; j++) if (collides(edits[i]!, edits[j]!)) return true;
  }
  return false;
}

/** A rule's edits as a finding carries them: no empty no-ops, only the three fields, in source order. */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits
    .filter((edit) => edit.start !== edit.end || edit.text !== '')
    .map((edit) => ({ start: edit.start, end: edit.end, text: edit.text }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
