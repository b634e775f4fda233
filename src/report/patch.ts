/**
 * The lines a finding's fix replaces and the lines it puts there: the shared basis of the
 * pretty diff, GitHub review suggestions, SARIF replacements and report snippets.
 */
import { SourceText } from '../core/source-text';
import { applyEdits } from '../core/fixer';
import type { Finding } from '../core/finding';

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

export interface TrimmedPatch {
  /** Line number (in the original) of the first line shown. */
  startLine: number;
  /** Unchanged lines kept before the change, for orientation. */
  before: string[];
  removed: string[];
  added: string[];
  after: string[];
}

/**
 * A patch without the lines its fix leaves alone at both ends, keeping `context` of them on
 * each side: the few lines a reader needs to see what changes.
 */
export function trimFindingPatch(patch: FindingPatch, context = 1): TrimmedPatch {
  const { oldLines, newLines } = patch;
  let head = 0;
  while (head < oldLines.length - 1 && head < newLines.length - 1 && oldLines[head] === newLines[head]) head++;
  let tail = 0;
  while (
    tail < oldLines.length - head - 1 &&
    tail < newLines.length - head - 1 &&
    oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]
  ) {
    tail++;
  }
  const keepHead = Math.min(head, context);
  const keepTail = Math.min(tail, context);
  return {
    startLine: patch.startLine + head - keepHead,
    before: oldLines.slice(head - keepHead, head),
    removed: oldLines.slice(head, oldLines.length - tail),
    added: newLines.slice(head, newLines.length - tail),
    after: oldLines.slice(oldLines.length - tail, oldLines.length - tail + keepTail),
  };
}

/**
 * A finding's fix as hunks a reader can follow: edits far apart (an import at the top of the
 * file, a release method at the bottom) each get their own lines with `context` lines around
 * them, instead of one patch that repeats everything in between as removed and added.
 */
export function getFindingHunks(source: SourceText, finding: Pick<Finding, 'edits'>, context = 1): TrimmedPatch[] {
  const groups: Array<Finding['edits']> = [];
  let groupEndLine = -Infinity;
  for (const edit of [...finding.edits].sort((a, b) => a.start - b.start)) {
    const startLine = source.positionAt(edit.start).line;
    const endLine = source.positionAt(edit.end).line;
    // Edits whose context lines would touch share a hunk.
    if (groups.length > 0 && startLine <= groupEndLine + 2 * context + 1) {
      groups[groups.length - 1]!.push(edit);
      groupEndLine = Math.max(groupEndLine, endLine);
    } else {
      groups.push([edit]);
      groupEndLine = endLine;
    }
  }
  return groups.map((edits) => trimFindingPatch(getFindingPatch(source, { edits })!, context));
}
