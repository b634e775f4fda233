/**
 * `--format json`: the stable machine contract (DESIGN.md). Paths are relative to the working
 * directory with `/`, lines and columns 1-based. New fields may be added; none is removed or
 * renamed.
 */
import type { RunResult } from '../core/finding';

export function formatJson(result: RunResult): string {
  const output = {
    tool: result.tool,
    mode: result.mode,
    summary: result.summary,
    ...(result.minConfidence ? { minConfidence: result.minConfidence } : {}),
    ...(result.changedSince ? { changedSince: { ref: result.changedSince.ref, base: result.changedSince.base } } : {}),
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      fix: finding.fix,
      confidence: finding.confidence,
      ...(finding.fixDescription ? { fixDescription: finding.fixDescription } : {}),
      ...(finding.applied !== undefined ? { applied: finding.applied } : {}),
      // A fix that spans files: every file it edits, this finding's own file first.
      ...(finding.otherFiles?.length ? { fixFiles: [...(finding.edits.length > 0 ? [finding.file] : []), ...finding.otherFiles.map((entry) => entry.file)] } : {}),
    })),
    errors: result.errors.map((error) => ({
      file: error.file,
      message: error.message,
      kind: error.kind,
      ...(error.rule ? { rule: error.rule } : {}),
      ...(error.line ? { line: error.line, column: error.column } : {}),
    })),
    skipped: result.skipped,
    notes: result.notes,
    jobs: result.jobs,
    /** Milliseconds per phase, summed over files (and over worker threads with --jobs). */
    timings: Object.fromEntries(Object.entries(result.timings).map(([phase, ms]) => [phase, Math.round(ms * 10) / 10])),
    // `--shard i/n`: which shard, and the whole run (sources, edits, rule metadata) so that
    // `unleak merge-reports` can produce any format of the unsharded run from the shards.
    ...(result.shard ? { shard: { index: result.shard.index, total: result.shard.total, run: result } } : {}),
  };
  return JSON.stringify(output, null, 2) + '\n';
}
