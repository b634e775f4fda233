/** The exit codes of `unleak` and of its subcommands that report on a run. */
import type { RunResult } from '../core/finding';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Exit code for a finished run. */
export function exitCodeFor(result: RunResult, check: boolean): number {
  if (result.errors.some((error) => error.kind === 'internal' || error.kind === 'write')) return EXIT_ERROR;
  if (!check) return EXIT_OK;
  const remaining = result.findings.some((finding) => !finding.applied);
  const unchecked = result.errors.length > 0;
  return remaining || unchecked ? EXIT_FINDINGS : EXIT_OK;
}

