/**
 * Whitespace and comments between tokens ("trivia"): where a minimal edit may insert text
 * without moving a comment onto the wrong line.
 */
import type { SourceText } from '../../core/source-text';

/**
 * The offset of the first character at or after `from` that is neither whitespace nor part of
 * a comment; `to` when there is none before `to`. Only for gaps between tokens (no strings).
 */
export function skipTrivia(text: string, from: number, to: number = text.length): number {
  let i = from;
  while (i < to) {
    const ch = text.charCodeAt(i);
    // Case: whitespace and line breaks
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 0xfeff || ch === 0xa0) {
      i++;
      continue;
    }
    // Case: `// line comment`
    if (ch === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < to && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    // Case: `/* block comment */`
    if (ch === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      if (close === -1 || close + 2 > to) return i;
      i = close + 2;
      continue;
    }
    return i;
  }
  return to;
}

/**
 * Where to start a new line after the token that ends at `offset`: the end of that line when
 * the rest of it is only whitespace and comments (so a trailing `// comment` stays with its
 * token), else `offset` itself. `null` when the rest of the line holds code.
 */
export function findLineEndAfter(source: SourceText, offset: number): number | null {
  const { line } = source.positionAt(offset);
  const lineEnd = source.lineEnd(line);
  const next = skipTrivia(source.text, offset, lineEnd);
  // Case: code, or a block comment that runs on into the next line
  return next < lineEnd ? null : lineEnd;
}
