/**
 * The one place that decides whether a finding is an `auto` fix, a `suggestion` or `none`
 * (the role typescript-eslint's getFixOrSuggest plays). Rules describe what they know; they
 * never pick the level themselves.
 */
import type { FixLevel } from '../report/finding';
import type { FixProposal } from './rule';

export function resolveFixLevel(fix: FixProposal | null | undefined): FixLevel {
  if (!fix || fix.edits.length === 0) return 'none';
  return fix.safe ? 'auto' : 'suggestion';
}

/** The fix levels `--write` applies: `auto`, plus `suggestion` with `--unsafe`. */
export function getAppliedLevels(unsafe: boolean): ReadonlySet<FixLevel> {
  return new Set<FixLevel>(unsafe ? ['auto', 'suggestion'] : ['auto']);
}
