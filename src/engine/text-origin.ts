/**
 * Where the text of a later fix pass came from: the offsets its untouched stretches had in the
 * first pass's text. The type layer answers only for the text its program read (the file as it
 * is on disk); through the origin, a later pass asks it about code no fix has touched, so every
 * pass takes the same type decisions as the first (a finding the checker ruled out in pass 1
 * does not come back in pass 2, when another fix changed the file). Code a fix wrote, removed
 * or wrapped around has no origin: the checker's answer for it is unknown (`null`).
 */
import type { Node } from '@babel/types';
import type { TextEdit } from '../core/finding';
import type { TypeQueries } from '../core/rule';
import { withLineTerminator } from '../core/source-text';

export interface TextOrigin {
  /** The range in the first pass's text, or `null` when `start..end` holds text a fix wrote or removed. */
  toOriginal(start: number, end: number): { start: number; end: number } | null;
}

interface Written {
  /** Where the edit's text starts in the new text. */
  start: number;
  /** Where it ends in the new text. */
  end: number;
  /** Its length minus the length of what it replaced: how far it moves what follows. */
  shift: number;
}

/**
 * The origin of the text `edits` (non-overlapping, as one fix pass applies them, inserted line
 * breaks taking `eol`) made of a text whose own origin is `previous` (`null`: the first pass's).
 */
export function composeTextOrigin(previous: TextOrigin | null, edits: readonly TextEdit[], eol: '\n' | '\r\n'): TextOrigin {
  const written: Written[] = [];
  let moved = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const length = withLineTerminator(edit.text, eol).length;
    const start = edit.start + moved;
    const shift = length - (edit.end - edit.start);
    written.push({ start, end: start + length, shift });
    moved += shift;
  }
  return {
    toOriginal(start, end) {
      let shift = 0;
      for (const edit of written) {
        if (edit.end <= start) {
          // Case: an edit wholly before the range (an insertion right before it, `void ` before a call)
          shift += edit.shift;
          continue;
        }
        if (edit.start >= end) break;
        // Case: text written or removed inside the range (what is left overlaps it)
        return null;
      }
      const range = { start: start - shift, end: end - shift };
      return previous ? previous.toOriginal(range.start, range.end) : range;
    },
  };
}

/**
 * The type answers of the first pass's text asked of a later pass's nodes, each through its
 * origin: `null` for a node a fix wrote or changed inside. `callSites` is `null`: its sites are
 * offsets of the first pass's text.
 */
export function typesThroughOrigin(queries: TypeQueries, origin: TextOrigin): TypeQueries {
  const at = (node: Node): Node | null => {
    if (node.start == null || node.end == null) return null;
    const range = origin.toOriginal(node.start, node.end);
    return range ? ({ ...node, start: range.start, end: range.end } as Node) : null;
  };
  return {
    promiseLike: (node) => {
      const original = at(node);
      return original ? queries.promiseLike(original) : null;
    },
    isPromiseLike: (node) => {
      const original = at(node);
      return original ? queries.isPromiseLike(original) : null;
    },
    hasMethod: (node, name, count) => {
      const original = at(node);
      return original ? queries.hasMethod(original, name, count) : null;
    },
    callSites: () => null,
    parameterType: (fn, index) => {
      const original = at(fn);
      return original ? queries.parameterType(original, index) : null;
    },
  };
}
