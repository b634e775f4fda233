/**
 * The one place that decides whether a finding is an `auto` fix, a `suggestion` or `none`
 * (the role typescript-eslint's getFixOrSuggest plays), and how sure it is. Rules describe
 * what they know; they never pick the level themselves.
 */
import { CONFIDENCE_LEVELS, type Confidence, type FixLevel } from './finding';
import type { Finding } from './finding';
import type { FixProposal, RuleMeta } from './rule';

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

/**
 * A report-only finding's confidence as its rule's measured precision has it (`RuleMeta.calibratedConfidence`),
 * and its message saying so: a note that begins "Medium confidence:" says "Low confidence:" when
 * `medium` is calibrated to `low`. A fix, and a level the calibration does not name, stay as they are.
 */
export function calibrateConfidence(
  finding: { fix: FixLevel; confidence: Confidence; message: string },
  calibration: Partial<Record<Confidence, Confidence>> | undefined,
): { confidence: Confidence; message: string } {
  const to = finding.fix === 'none' ? calibration?.[finding.confidence] : undefined;
  if (!to || to === finding.confidence) return { confidence: finding.confidence, message: finding.message };
  const said = new RegExp(`\\b${capitalize(finding.confidence)} confidence:`, 'g');
  return { confidence: to, message: finding.message.replace(said, `${capitalize(to)} confidence:`) };
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The findings as they are reported: each report-only one at its rule's calibrated confidence.
 * `lintSource` gives what the rules said (their tests and fixtures check that); the run (file
 * and project phase) and the ESLint plugin report this. Idempotent (a calibrated level is not
 * calibrated again: `medium` → `low`, and `low` stays).
 */
export function calibrateFindings(findings: Finding[], rules: readonly { rule: { meta: Pick<RuleMeta, 'id' | 'calibratedConfidence'> } }[]): Finding[] {
  const calibrations = new Map(rules.filter(({ rule }) => rule.meta.calibratedConfidence).map(({ rule }) => [rule.meta.id, rule.meta.calibratedConfidence!] as const));
  if (calibrations.size === 0) return findings;
  return findings.map((finding) => {
    const calibrated = calibrateConfidence(finding, calibrations.get(finding.rule));
    return calibrated.confidence === finding.confidence ? finding : { ...finding, ...calibrated };
  });
}

/** `confidence` is `minimum` or surer (`high` and `medium` are at least `medium`). */
export function isAtLeast(confidence: Confidence, minimum: Confidence): boolean {
  return CONFIDENCE_LEVELS.indexOf(confidence) >= CONFIDENCE_LEVELS.indexOf(minimum);
}
