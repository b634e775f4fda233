/**
 * The summary's finding counts, computed one way for the run and for every view of it that
 * leaves findings out (`--changed-since`, a minimum confidence), so the totals always add up.
 */
import type { Finding, RunSummary } from './finding';

export function countFindings(findings: readonly Finding[]): Pick<RunSummary, 'findings' | 'fixable' | 'confidence'> {
  const fixable: RunSummary['fixable'] = { auto: 0, suggestion: 0, none: 0 };
  const confidence: RunSummary['confidence'] = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) {
    fixable[finding.fix]++;
    confidence[finding.confidence]++;
  }
  return { findings: findings.length, fixable, confidence };
}
