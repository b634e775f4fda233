/**
 * Whether a file keeps long calls on one line: some call statement of it is written on one
 * line longer than the print width (`this.canvas.addEventListener( 'dispose', this.onDispose );`
 * past 80 columns in a project with no formatter). Such a file does not break long calls, so
 * generated call statements are not broken either (fit-generated-lines.ts) — a removal laid
 * out on four lines under its one-line registration would look foreign. A formatter-clean file
 * never has such a line.
 */
import type { SourceText } from '../../core/source-text';
import { visualLength } from './call-layout';

/**
 * `a.b(…);`, `await a.b(…)`, `return f(…);` on one line (no comment, no line break inside) — or
 * such a call whose last argument opens a block there (`p.then(…).catch((error) => {`: prettier
 * would have broken that line too, so it shows the same habit; it is also what a fix that kept
 * a long chain on one line leaves, which keeps the answer the same in ESLint's later passes).
 */
const ONE_LINE_CALL = /^(?:await\s+|return\s+|void\s+)?[\w$]+(?:\s*(?:\?\.|\.)\s*[\w$]+)*\s*\(.*(?:\)\s*;?|=>\s*\{|\)\s*\{)$/;

const answers = new WeakMap<SourceText, Map<number, boolean>>();

export function keepsLongCallsOnOneLine(source: SourceText, printWidth: number): boolean {
  if (printWidth === Infinity) return true;
  let byWidth = answers.get(source);
  if (!byWidth) answers.set(source, (byWidth = new Map()));
  let answer = byWidth.get(printWidth);
  if (answer === undefined) {
    answer = source.text.split(/\r?\n/).some((line) => visualLength(line) > printWidth && ONE_LINE_CALL.test(line.trim()));
    byWidth.set(printWidth, answer);
  }
  return answer;
}
