/**
 * The text of one file and the facts about its layout that a minimal edit must respect:
 * byte order mark, line terminator, line starts for offset <-> line/column.
 */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units (JavaScript string indices). */
  column: number;
}

const BOM = '\uFEFF';

export class SourceText {
  /** The text without a leading byte order mark; all offsets refer to it. */
  readonly text: string;
  readonly hasBom: boolean;
  /** The file's line terminator, decided by its first line break (`\n` when it has none). */
  readonly eol: '\n' | '\r\n';
  private lineStartsCache: number[] | undefined;

  constructor(raw: string) {
    this.hasBom = raw.startsWith(BOM);
    this.text = this.hasBom ? raw.slice(1) : raw;
    const firstBreak = this.text.indexOf('\n');
    this.eol = firstBreak > 0 && this.text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  }

  /** The text as it goes back to disk (with its BOM, when it had one). */
  static toRaw(text: string, hasBom: boolean): string {
    return hasBom ? BOM + text : text;
  }

  get lineStarts(): number[] {
    if (!this.lineStartsCache) {
      const starts = [0];
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10) starts.push(i + 1);
        else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
      this.lineStartsCache = starts;
    }
    return this.lineStartsCache;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts[position.line - 1];
    if (start === undefined) return this.text.length;
    return Math.min(start + position.column - 1, this.text.length);
  }

  /** Offset where line `line` (1-based) starts. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  /** Offset just before the line terminator of line `line` (1-based). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text[end] === '\n' && this.text[end - 1] === '\r') end--;
    return end;
  }

  /** The text of line `line` (1-based), without its terminator. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The leading whitespace of the line that contains `offset`. */
  indentAt(offset: number): string {
    const { line } = this.positionAt(offset);
    return /^[ \t]*/.exec(this.lineText(line))![0];
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
}

/** Converts every line break in generated text to the file's own terminator. */
export function withLineTerminator(text: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? text.replace(/\r\n/g, '\n') : text.replace(/\r?\n/g, '\r\n');
}
