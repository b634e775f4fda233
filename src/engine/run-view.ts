/**
 * A view of a run that keeps some of its findings (`--changed-since`, `--min-confidence`): the
 * kept file reports, the findings in the run's order, and the summary counted again from what
 * is left. Each view adds its own summary fields (what it left out).
 */
import type { FileReport, Finding, RunResult, RunSummary } from '../core/finding';
import { countFindings } from '../core/summary-counts';

export function viewOfRun(result: RunResult, files: FileReport[], summarize: (findings: Finding[]) => Partial<RunSummary>): RunResult {
  const kept = new Set(files.flatMap((file) => file.findings));
  const findings = result.findings.filter((finding) => kept.has(finding));
  return {
    ...result,
    files,
    findings,
    summary: {
      ...result.summary,
      ...countFindings(findings),
      filesWithFindings: files.filter((file) => file.findings.length > 0).length,
      ...summarize(findings),
    },
  };
}
