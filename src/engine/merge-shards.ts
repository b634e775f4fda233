/**
 * `unleak merge-reports`: the runs of the n shards of a CI matrix (`--shard i/n`, JSON reports)
 * merged into the run an unsharded invocation would have made — the same findings, errors,
 * files and skipped files in the same order, and the summary counts added up. Pure: the CLI
 * reads the reports.
 */
import type { FileReport, Finding, RunError, RunResult, RunSummary, TypeInfo } from '../core/finding';
import { countFindings } from '../core/summary-counts';
import { describeFormattingLeft } from './formatting-notes';
import { compareFindings } from './finding-order';

/** A report that cannot be merged (exit code 2). */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

/** One shard's report: where it came from (for messages) and its run. */
export interface ShardReport {
  name: string;
  result: RunResult;
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Checks that the reports are the n shards of one run, each once; returns them by index. */
function checkShards(reports: readonly ShardReport[]): ShardReport[] {
  if (reports.length === 0) throw new MergeError('merge-reports: give the JSON reports of every shard');
  for (const { name, result } of reports) {
    if (!result.shard) throw new MergeError(`merge-reports: ${name} is not the report of a shard (run unleak --shard i/n --format json)`);
  }
  const [first] = reports as [ShardReport];
  const total = first.result.shard!.total;
  const same = (what: string, read: (result: RunResult) => unknown): void => {
    const expected = JSON.stringify(read(first.result));
    for (const { name, result } of reports) {
      if (JSON.stringify(read(result)) !== expected) throw new MergeError(`merge-reports: ${name} and ${first.name} differ in ${what}; they are not shards of one run`);
    }
  };
  same('the number of shards', (result) => result.shard!.total);
  same('the unleak version', (result) => result.tool);
  same('the rules', (result) => result.rules.map((rule) => rule.id));
  same('the mode', (result) => [result.mode, result.unsafe]);
  same('the minimum confidence', (result) => result.minConfidence ?? null);
  same('--changed-since', (result) => (result.changedSince ? [result.changedSince.ref, result.changedSince.base] : null));
  const byIndex = new Map<number, ShardReport>();
  for (const report of reports) {
    const index = report.result.shard!.index;
    const other = byIndex.get(index);
    if (other) throw new MergeError(`merge-reports: ${other.name} and ${report.name} are both shard ${index}/${total}`);
    byIndex.set(index, report);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) throw new MergeError(`merge-reports: shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${total}`).join(', ')} missing: the merged report would not cover every file`);
  return [...byIndex].sort(([a], [b]) => a - b).map(([, report]) => report);
}

/**
 * A shard's errors in the order of the unsharded run (by the file that holds them): a run-level
 * error (`file: ''`) sits behind the errors of the file that held it.
 */
function keyedErrors(errors: readonly RunError[]): { key: string; error: RunError }[] {
  let key = '';
  return errors.map((error) => {
    if (error.file !== '') key = error.file;
    return { key, error };
  });
}

function sumSummaries(summaries: readonly RunSummary[], pick: (summary: RunSummary) => number | undefined): number | undefined {
  const values = summaries.map(pick).filter((value): value is number => value !== undefined);
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0);
}

function mergeTypeInfo(infos: readonly (TypeInfo | undefined)[]): TypeInfo | undefined {
  const present = infos.filter((info): info is TypeInfo => info !== undefined);
  if (present.length === 0) return undefined;
  const used = present.filter((info) => info.none === undefined);
  if (used.length === 0) return present[0];
  return {
    tsconfigs: [...new Set(used.flatMap((info) => info.tsconfigs))].sort(byPath),
    inferredProgram: used.some((info) => info.inferredProgram),
    problems: [...new Set(present.flatMap((info) => info.problems))],
  };
}

export function mergeShardResults(reports: readonly ShardReport[]): RunResult {
  const shards = checkShards(reports).map((report) => report.result);
  const first = shards[0]!;
  const findings = shards.flatMap((result) => result.findings).sort((a, b) => byPath(a.file, b.file) || compareFindings(a, b));
  const errors = shards
    .flatMap((result) => keyedErrors(result.errors))
    .sort((a, b) => byPath(a.key, b.key))
    .map(({ error }) => error);
  // A file's findings are the very objects of `findings` (as in a run: views such as a minimum
  // confidence keep or drop them by identity), not the copies each report carries.
  const findingsOf = new Map<string, Finding[]>();
  for (const finding of findings) findingsOf.set(finding.file, [...(findingsOf.get(finding.file) ?? []), finding]);
  const files: FileReport[] = shards
    .flatMap((result) => result.files)
    .sort((a, b) => byPath(a.file, b.file))
    .map((file) => ({ ...file, findings: findingsOf.get(file.file) ?? [] }));
  const skipped = shards.flatMap((result) => result.skipped).sort((a, b) => byPath(a.file, b.file));
  const summaries = shards.map((result) => result.summary);
  const total = (pick: (summary: RunSummary) => number): number => summaries.reduce((sum, summary) => sum + pick(summary), 0);
  const summary: RunSummary = {
    filesScanned: total((s) => s.filesScanned),
    filesWithFindings: total((s) => s.filesWithFindings),
    filesChanged: total((s) => s.filesChanged),
    filesUnchanged: total((s) => s.filesUnchanged),
    filesSkipped: total((s) => s.filesSkipped),
    filesErrored: total((s) => s.filesErrored),
    ...countFindings(findings),
    errors: errors.length,
    // The shards ran side by side: the run took as long as the slowest.
    durationMs: Math.max(...summaries.map((s) => s.durationMs)),
  };
  const outsideDiff = sumSummaries(summaries, (s) => s.findingsOutsideDiff);
  if (outsideDiff !== undefined) summary.findingsOutsideDiff = outsideDiff;
  const belowConfidence = sumSummaries(summaries, (s) => s.findingsBelowConfidence);
  if (belowConfidence !== undefined) summary.findingsBelowConfidence = belowConfidence;
  const typeInfo = mergeTypeInfo(summaries.map((s) => s.typeInfo));
  if (typeInfo) summary.typeInfo = typeInfo;

  const write = first.mode === 'write';
  // Each shard counted the files the fixes change that it owns: count them again over all.
  const shardFormattingNotes = new Set(shards.flatMap((result) => describeFormattingLeft(result.files, write)));
  const notes = [...new Set([...shards.flatMap((result) => result.notes.filter((note) => !shardFormattingNotes.has(note))), ...describeFormattingLeft(files, write)])];

  const timings = { ...first.timings };
  for (const result of shards.slice(1)) for (const phase of Object.keys(timings) as (keyof typeof timings)[]) timings[phase] += result.timings[phase];

  const merged: RunResult = {
    ...first,
    summary,
    findings,
    errors,
    skipped,
    files,
    timings,
    jobs: Math.max(...shards.map((result) => result.jobs)),
    notes,
  };
  delete merged.shard;
  if (first.changedSince) merged.changedSince = { ...first.changedSince, files: Object.assign({}, ...shards.map((result) => result.changedSince?.files ?? {})) };
  return merged;
}
