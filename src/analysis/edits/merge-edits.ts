/**
 * The edits of one fix, made safe to apply together: insertions at the same offset are joined
 * into one (in the order given), because the fixer rejects a fix whose own edits collide.
 */
import type { TextEdit } from '../../core/finding';

export function mergeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const same = edit.start === edit.end ? merged.find((other) => other.start === edit.start && other.end === edit.start) : undefined;
    if (same) same.text += edit.text;
    else merged.push({ ...edit });
  }
  return merged.sort((a, b) => a.start - b.start || a.end - b.end);
}
