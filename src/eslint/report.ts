/**
 * A finding as an ESLint problem. Positions come from the engine's own offsets in the same
 * text ESLint holds (`SourceCode.text`, byte order mark excluded, as the engine's), turned into
 * ESLint's line/column by ESLint itself: whatever parser ESLint uses (espree,
 * typescript-eslint, vue-eslint-parser), the text is the same and so are the positions.
 *
 * Fix levels (decided once, in src/core/fix-level.ts) map one to one: `auto` → an ESLint fix
 * (`eslint --fix`, the editor's "fix all"), `suggestion` → an ESLint suggestion (a quick fix a
 * person picks), `none` → a plain report. A fix that also edits other files (`otherFiles`) is
 * never an ESLint fix: this file's part becomes a suggestion, and the message names
 * `npx unleak --write` for the whole fix.
 */
import type { Rule, SourceCode } from 'eslint';
import { applyEdits } from '../core/fixer';
import type { SourceText } from '../core/source-text';
import type { Finding, TextEdit } from '../core/finding';

export interface EslintFix {
  range: [number, number];
  text: string;
}

/**
 * One finding's edits as the one replacement ESLint applies (ESLint merges a problem's fixes
 * into one anyway): the span from the first edit to the last, rewritten by the engine's own
 * `applyEdits`, so line terminators and edits at one offset come out exactly as `--write`
 * writes them.
 */
export function toEslintFix(edits: readonly TextEdit[], source: SourceText): EslintFix {
  let start = Infinity;
  let end = -Infinity;
  for (const edit of edits) {
    start = Math.min(start, edit.start);
    end = Math.max(end, edit.end);
  }
  const shifted = edits.map((edit) => ({ start: edit.start - start, end: edit.end - start, text: edit.text }));
  return { range: [start, end], text: applyEdits(source.text.slice(start, end), shifted, source.eol) };
}

/** The files a fix edits besides this one (empty for a one-file fix). */
export function getOtherFiles(finding: Finding): string[] {
  return (finding.otherFiles ?? []).filter((part) => part.edits.length > 0).map((part) => part.file);
}

export function describeOtherFiles(files: readonly string[]): string {
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? `, and ${files.length - 3} more` : '');
  return `The fix also edits ${files.length === 1 ? 'another file' : `${files.length} other files`} (${shown}): run \`npx unleak --write\` to apply all of it.`;
}

export function toEslintReport(finding: Finding, source: SourceText, sourceCode: SourceCode): Rule.ReportDescriptor {
  const loc = {
    start: sourceCode.getLocFromIndex(source.offsetAt({ line: finding.line, column: finding.column })),
    end: sourceCode.getLocFromIndex(source.offsetAt({ line: finding.endLine, column: finding.endColumn })),
  };
  const otherFiles = getOtherFiles(finding);
  const message = otherFiles.length > 0 ? `${finding.message} ${describeOtherFiles(otherFiles)}` : finding.message;
  if (finding.fix === 'none' || finding.edits.length === 0) return { loc, message };
  const { range, text } = toEslintFix(finding.edits, source);
  const fix: Rule.ReportFixer = (fixer) => fixer.replaceTextRange(range, text);
  const description = finding.fixDescription ?? 'Apply the unleak fix';
  if (finding.fix === 'auto' && otherFiles.length === 0) return { loc, message, fix };
  return { loc, message, suggest: [{ desc: otherFiles.length > 0 ? `${description} (this file's part)` : description, fix }] };
}
