/**
 * The one place that decides whether a finding is an `auto` fix, a `suggestion` or `none`
 * (the role typescript-eslint's getFixOrSuggest plays), and how sure it is. Rules describe
 * what they know; they never pick the level themselves.
 */
import { CONFIDENCE_LEVELS, type Confidence, type FixLevel } from './finding';
import type { FixProposal } from './rule';

export function resolveFixLevel(fix: FixProposal | null | undefined): FixLevel {
  if (!fix || fix.edits.length === 0) return 'none';
  return fix.safe ? 'auto' : 'suggestion';
}

/** The fix levels `--write` applies: `auto`, plus `suggestion` with `--unsafe`. */
export function getAppliedLevels(unsafe: boolean): ReadonlySet<FixLevel> {
  return new Set<FixLevel>(unsafe ? ['auto', 'suggestion'] : ['auto']);
}

/**
 * A finding's confidence: every fix is `high` (the rule proved the shape well enough to
 * rewrite it); a report-only finding keeps the doubt its rule reported (default `high`).
 */
export function resolveConfidence(fix: FixLevel, reported: Confidence | undefined): Confidence {
  return fix === 'none' ? (reported ?? 'high') : 'high';
}

/** `confidence` is `minimum` or surer (`high` and `medium` are at least `medium`). */
export function isAtLeast(confidence: Confidence, minimum: Confidence): boolean {
  return CONFIDENCE_LEVELS.indexOf(confidence) >= CONFIDENCE_LEVELS.indexOf(minimum);
}
