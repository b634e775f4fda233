/**
 * A minimum confidence (`--min-confidence`, the `minConfidence` config key, `github-review`'s
 * default of `high`): a view of a run without the findings its rules are less sure of. Every
 * fix is `high`, so only report-only findings are ever left out; the summary counts what is
 * left, and `findingsBelowConfidence` what was left out.
 */
import { isAtLeast } from '../core/fix-level';
import type { Confidence, RunResult } from '../core/finding';
import { viewOfRun } from './run-view';

export function limitToMinConfidence(result: RunResult, minimum: Confidence): RunResult {
  const kept = new Set(result.findings.filter((finding) => isAtLeast(finding.confidence, minimum)));
  const files = result.files
    .map((file) => ({ ...file, findings: file.findings.filter((finding) => kept.has(finding)) }))
    // A file stays when it still has findings or a change (the change comes from fixes, which are all `high`).
    .filter((file) => file.findings.length > 0 || file.output !== undefined);
  const view = viewOfRun(result, files, (findings) => ({ findingsBelowConfidence: result.findings.length - findings.length }));
  return { ...view, minConfidence: minimum };
}
