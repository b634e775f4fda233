/**
 * `--changed-since`: a view of a run limited to the lines a change touched, for PR bots. The
 * engine scans whole files (a leak's owner may sit outside the diff) and this view drops the
 * findings none of whose lines changed, keeping the summary's totals consistent with what is
 * left.
 */
import { applyEditGroups } from '../core/fixer';
import { getAppliedLevels } from '../core/fix-level';
import { viewOfRun } from './run-view';
import type { ChangedSince, FileChanges, FileReport, Finding, RunResult } from '../core/finding';
import { overlapsAny } from '../core/line-ranges';

export function isFindingChanged(finding: Pick<Finding, 'line' | 'endLine'>, changes: FileChanges | undefined): boolean {
  return changes !== undefined && overlapsAny({ start: finding.line, end: finding.endLine }, changes.changed);
}

export interface ChangedLinesInput {
  ref: string;
  base: string;
  /** Changes keyed by path relative to the repository root. */
  changes: ReadonlyMap<string, FileChanges>;
  /** `FileReport.file` -> path relative to the repository root (`null` outside it). */
  toRepositoryPath: (file: string) => string | null;
}

/**
 * The run as if only the findings on changed lines had been found. A file that lost findings
 * gets its `output` recomputed from the edits of the findings it keeps, so `--format diff`
 * shows only the fixes the report shows.
 */
export function limitToChangedLines(result: RunResult, input: ChangedLinesInput): RunResult {
  const appliedLevels = getAppliedLevels(result.unsafe);
  const files: FileReport[] = [];
  const changedByFile: ChangedSince['files'] = {};
  let outside = 0;
  const changesOf = (file: string): FileChanges | undefined => {
    const repositoryPath = input.toRepositoryPath(file);
    return repositoryPath === null ? undefined : input.changes.get(repositoryPath);
  };
  const keptAll = new Set(result.findings.filter((finding) => isFindingChanged(finding, changesOf(finding.file))));
  // Edits in files other than the finding's own (fixes that span files), by file, of every finding.
  const partsByFile = new Map<string, { finding: Finding; edits: Finding['edits'] }[]>();
  for (const finding of result.findings) {
    for (const part of finding.otherFiles ?? []) {
      partsByFile.set(part.file, [...(partsByFile.get(part.file) ?? []), { finding, edits: part.edits }]);
    }
  }
  for (const report of result.files) {
    const changes = changesOf(report.file);
    const kept = report.findings.filter((finding) => keptAll.has(finding));
    outside += report.findings.length - kept.length;
    const limited: FileReport = { ...report, findings: kept };
    // A finding in a changed line may edit unchanged files: they stay, with that part of the fix.
    const parts = partsByFile.get(report.file) ?? [];
    const keptParts = parts.filter((part) => keptAll.has(part.finding));
    if (kept.length < report.findings.length || keptParts.length < parts.length) {
      delete limited.output;
      const output = getOutputOfFindings(report, kept, appliedLevels, keptParts);
      if (output !== undefined) limited.output = output;
    }
    if (limited.findings.length === 0 && limited.output === undefined) continue;
    files.push(limited);
    if (changes) changedByFile[report.file] = changes;
  }
  const changedBefore = result.summary.filesChanged;
  const changedAfter = files.filter((file) => file.output !== undefined).length;
  const view = viewOfRun(result, files, () => ({
    filesChanged: changedAfter,
    filesUnchanged: result.summary.filesUnchanged + (changedBefore - changedAfter),
    findingsOutsideDiff: outside,
  }));
  return { ...view, changedSince: { ref: input.ref, base: input.base, files: changedByFile } };
}

/** The text the kept findings' fixes produce (one pass), or `undefined` when unchanged. */
function getOutputOfFindings(
  report: FileReport,
  kept: readonly Finding[],
  levels: ReadonlySet<Finding['fix']>,
  parts: readonly { finding: Finding; edits: Finding['edits'] }[] = [],
): string | undefined {
  if (report.source === undefined) return undefined;
  const groups = [
    ...kept.filter((f) => levels.has(f.fix) && f.edits.length > 0).map((f) => ({ edits: f.edits, owner: f })),
    ...parts.filter((part) => levels.has(part.finding.fix) && part.finding.applied !== false).map((part) => ({ edits: part.edits, owner: part.finding })),
  ].sort((a, b) => a.edits[0]!.start - b.edits[0]!.start);
  if (groups.length === 0) return undefined;
  const text = applyEditGroups(report.source, groups, report.eol).text;
  return text === report.source ? undefined : text;
}
