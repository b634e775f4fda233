/**
 * The lines a finding's fix replaces and the lines it puts there: the shared basis of the
 * pretty diff, GitHub review suggestions, SARIF replacements and report snippets.
 */
import { SourceText } from '../engine/source-text';
import { applyEdits } from '../engine/fixer';
import type { Finding } from './finding';

export interface FindingPatch {
  /** First replaced line (1-based). */
  startLine: number;
  /** Last replaced line (1-based, inclusive). */
  endLine: number;
  /** The original lines `startLine..endLine`, without terminators. */
  oldLines: string[];
  /** What those lines become after the fix, without terminators. */
  newLines: string[];
}

/** `null` when the finding has no edits. Lines are whole lines, so the patch can be pasted. */
export function getFindingPatch(source: SourceText, finding: Pick<Finding, 'edits'>): FindingPatch | null {
  if (finding.edits.length === 0) return null;
  const first = Math.min(...finding.edits.map((e) => e.start));
  const last = Math.max(...finding.edits.map((e) => e.end));
  const startLine = source.positionAt(first).line;
  const endLine = source.positionAt(last).line;
  const regionStart = source.lineStart(startLine);
  const regionEnd = source.lineEnd(endLine);
  const region = source.text.slice(regionStart, regionEnd);
  const shifted = finding.edits.map((e) => ({ start: e.start - regionStart, end: e.end - regionStart, text: e.text }));
  const replaced = applyEdits(region, shifted, source.eol);
  return {
    startLine,
    endLine,
    oldLines: region.split(/\r?\n/),
    newLines: replaced.split(/\r?\n/),
  };
}

const sourceCache = new WeakMap<object, SourceText>();

/** A `SourceText` for a report's original text, built once per file report. */
export function getSourceText(owner: object, text: string): SourceText {
  let source = sourceCache.get(owner);
  if (!source) {
    source = new SourceText(text);
    sourceCache.set(owner, source);
  }
  return source;
}
