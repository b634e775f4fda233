/**
 * What a report says about a rule beyond its findings: description, the Go leak it mirrors,
 * its best fix level and a link to its page. Read from the run's rule summaries, so a formatter
 * needs nothing but the `RunResult`.
 */
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { INVALID_SUPPRESSION_RULE, type Confidence, type FixLevel, type RulePrecision, type RuleSummary, type RunResult } from '../core/finding';

/**
 * Where the docs of this version live. The `docs/` folder ships in the npm package, so the
 * package CDN serves every version's pages without a web site of our own.
 */
export const DOCS_BASE_URL = `https://unpkg.com/${TOOL_NAME}@${TOOL_VERSION}/`;
export const TOOL_INFORMATION_URL = `https://www.npmjs.com/package/${TOOL_NAME}`;

export interface RuleHelp {
  id: string;
  description: string;
  goAnalogue?: string;
  fixLevel: FixLevel;
  /** Absolute URL of the rule's page. */
  docsUrl: string;
  /** How often a finding is a real leak (the rule's `precision`, default `high`). */
  precision: RulePrecision;
}

/** What a report says about rule `id`, from the run's rules (`RunResult.rules`). */
export function getRuleHelp(rules: readonly RuleSummary[], id: string): RuleHelp {
  const rule = rules.find((candidate) => candidate.id === id);
  if (rule) {
    return {
      id,
      description: rule.description,
      ...(rule.goAnalogue ? { goAnalogue: rule.goAnalogue } : {}),
      fixLevel: rule.fixLevel ?? 'none',
      docsUrl: DOCS_BASE_URL + rule.docsPath,
      precision: rule.precision ?? 'high',
    };
  }
  if (id === INVALID_SUPPRESSION_RULE) {
    return {
      id,
      description: 'An unleak-ignore comment names a rule that does not exist, so it suppresses nothing.',
      fixLevel: 'none',
      docsUrl: `${DOCS_BASE_URL}README.md`,
      precision: 'very-high',
    };
  }
  return { id, description: id, fixLevel: 'none', docsUrl: `${DOCS_BASE_URL}README.md`, precision: 'high' };
}

/** Rule ids that a run reports on: the selected rules, then any other id a finding carries. */
export function getReportedRuleIds(selected: readonly { id: string }[], findings: readonly { rule: string }[]): string[] {
  const ids = selected.map((rule) => rule.id);
  for (const finding of findings) if (!ids.includes(finding.rule)) ids.push(finding.rule);
  return ids;
}

export function fixLevelLabel(level: FixLevel): string {
  return level === 'auto' ? 'auto fix' : level === 'suggestion' ? 'suggested fix' : 'report only';
}

/**
 * `low confidence` / `medium confidence`, or `null` for `high`: formats name the doubt only
 * where there is one, so a sure finding reads as before.
 */
export function confidenceLabel(confidence: Confidence): string | null {
  return confidence === 'high' ? null : `${confidence} confidence`;
}

/** `3 less sure findings not shown (below --min-confidence high)`, or `null` when none was left out. */
export function describeFilteredFindings(result: RunResult): string | null {
  const count = result.summary.findingsBelowConfidence ?? 0;
  if (!result.minConfidence || count === 0) return null;
  return `${count} less sure ${count === 1 ? 'finding' : 'findings'} not shown (below --min-confidence ${result.minConfidence}; --min-confidence low shows every finding)`;
}
