/**
 * The precision check (bench/precision.mjs) without the corpus: the label file is well-formed,
 * and the scoring computes the right figures on small synthetic runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the bench scripts, without type declarations
import * as precision from '../bench/precision-score.mjs';

interface Label {
  source: string;
  file: string;
  line: number;
  rule: string;
  verdict: 'real' | 'false' | 'doubtful';
  reason: string;
  target?: string;
}
interface FindingLike {
  file: string;
  line: number;
  column: number;
  rule: string;
  fix: 'auto' | 'suggestion' | 'none';
  confidence?: 'high' | 'medium' | 'low';
  message: string;
}

const { validateLabels, scoreRun, combineScores, sampleReportOnly, formatPasteLine } = precision as {
  validateLabels(data: unknown): string[];
  scoreRun(labels: Label[], findings: FindingLike[], options?: { lineDrift?: number }): any;
  combineScores(scores: any[]): any;
  sampleReportOnly(findings: FindingLike[], count: number, seed: number): FindingLike[];
  formatPasteLine(combined: any, info: { date: string; commit: string; sources: string }): string;
};

const LABELS_FILE = path.resolve(__dirname, 'precision/report-only-labels.json');

function label(file: string, line: number, verdict: Label['verdict'], extra: Partial<Label> = {}): Label {
  return { source: 'corpus', file, line, rule: 'listener-cleanup', verdict, reason: `synthetic ${verdict} label`, ...extra };
}

function finding(file: string, line: number, extra: Partial<FindingLike> = {}): FindingLike {
  return { file, line, column: 1, rule: 'listener-cleanup', fix: 'none', confidence: 'medium', message: 'x.on(…) is never removed', ...extra };
}

describe('the label file', () => {
  const data = JSON.parse(fs.readFileSync(LABELS_FILE, 'utf8'));

  it('is well-formed, with at least 100 labels and the commit of every repository', () => {
    expect(validateLabels(data)).toEqual([]);
    expect(data.labels.length).toBeGreaterThanOrEqual(100);
    for (const repository of Object.values<{ commit: string }>(data.repositories)) expect(repository.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('says why for every label', () => {
    const reasons = data.labels.map((entry: Label) => entry.reason);
    expect(reasons.every((reason: string) => reason.length >= 10)).toBe(true);
  });
});

describe('validateLabels', () => {
  it('names each problem', () => {
    const problems = validateLabels({
      repositories: { 'owner/app': { commit: 'abc' } },
      labels: [
        label('a.ts', 1, 'real'),
        label('a.ts', 1, 'false'),
        { ...label('b.ts', 0, 'real'), verdict: 'maybe' },
        label('c.ts', 2, 'real', { source: 'elsewhere/app' }),
        label('d.ts', 3, 'real', { reason: 'short' }),
      ],
    });
    expect(problems).toEqual([
      'repository "owner/app" needs the full commit its labels were made on',
      'labels[1]: corpus:a.ts:1:listener-cleanup: is labelled twice (give each a distinct `target`)',
      'labels[2]: line must be a whole number from 1',
      'labels[2]: verdict must be one of real, false, doubtful',
      'labels[3]: source "elsewhere/app" is neither "corpus" nor a listed repository',
      'labels[4]: reason must be one line of at least 10 characters',
    ]);
  });

  it('accepts two labels on one line with distinct targets', () => {
    const labels = [label('a.ts', 1, 'real', { target: "….on('end', …)" }), label('a.ts', 1, 'false', { target: "….on('error', …)" })];
    expect(validateLabels({ labels })).toEqual([]);
  });
});

describe('scoreRun', () => {
  const labels = [
    label('a.ts', 10, 'real'),
    label('a.ts', 20, 'false'),
    label('b.ts', 5, 'doubtful'),
    label('c.ts', 7, 'real'),
    label('d.ts', 9, 'false'),
    label('e.ts', 3, 'false', { target: "….on('end', …)" }),
    label('e.ts', 3, 'real', { target: "….on('error', …)" }),
    label('h.ts', 4, 'real'),
  ];
  const findings = [
    finding('a.ts', 12, { confidence: 'high' }), // drifted by 2 lines: still the labelled real leak
    finding('a.ts', 20), // the labelled false one, still reported
    finding('b.ts', 5, { confidence: 'low' }),
    finding('c.ts', 7, { fix: 'auto', confidence: 'high' }), // a fix now: not report-only, and not lost: fixed
    finding('h.ts', 4, { rule: 'fetch-timeout', fix: 'auto' }), // a fix, but of another rule than h.ts:4's label: that leak is lost
    finding('d.ts', 30), // too far from d.ts:9 (the false one is gone); unlabelled
    finding('e.ts', 3, { message: "….on('error', …) is never removed", confidence: 'high' }),
    finding('e.ts', 3, { message: "….on('end', …) is never removed" }),
    finding('f.ts', 1), // unlabelled
  ];
  const score = scoreRun(labels, findings);

  it('counts labelled findings still reported and gone, by verdict', () => {
    expect(score.reported).toEqual({ real: 2, false: 2, doubtful: 1 });
    expect(score.gone).toEqual({ real: 2, false: 1, doubtful: 0 });
    expect(score.lostLeaks.map((entry: Label) => `${entry.file}:${entry.line}`)).toEqual(['h.ts:4']);
    expect(score.fixedLeaks.map((entry: Label) => `${entry.file}:${entry.line}`)).toEqual(['c.ts:7']);
    expect(score.falseGone.map((entry: Label) => `${entry.file}:${entry.line}`)).toEqual(['d.ts:9']);
  });

  it('computes precision with doubtful as not real, and without the doubtful ones', () => {
    expect(score.precision).toBe(40); // 2 real of 5 reported
    expect(score.precisionDecided).toBe(50); // 2 real of 4 decided
  });

  it('matches two findings on one line by the code their message quotes', () => {
    const pairs = score.matches.filter((match: { label: Label }) => match.label.file === 'e.ts').map((match: { label: Label; finding: FindingLike }) => [match.label.verdict, match.finding.message]);
    expect(pairs).toEqual([
      ['false', "….on('end', …) is never removed"],
      ['real', "….on('error', …) is never removed"],
    ]);
  });

  it('splits the precision by the confidence the findings are reported with', () => {
    expect(score.byConfidence).toEqual({
      high: { real: 2, false: 0, doubtful: 0, precision: 100 },
      medium: { real: 0, false: 2, doubtful: 0, precision: 0 },
      low: { real: 0, false: 0, doubtful: 1, precision: 0 },
    });
  });

  it('lists the report-only findings no label matches', () => {
    expect(score.unlabelled.map((entry: FindingLike) => `${entry.file}:${entry.line}`)).toEqual(['d.ts:30', 'f.ts:1']);
  });

  it('honours a tighter line drift', () => {
    expect(scoreRun(labels, findings, { lineDrift: 1 }).gone.real).toBe(3);
  });

  it('combines sources and prints a line ready to paste', () => {
    const other = scoreRun([label('g.ts', 1, 'real')], [finding('g.ts', 1)]);
    const combined = combineScores([score, other]);
    expect(combined.reported).toEqual({ real: 3, false: 2, doubtful: 1 });
    expect(combined.precision).toBe(50);
    expect(formatPasteLine(combined, { date: '2026-12-04', commit: 'abc1234', sources: 'corpus' })).toBe(
      '2026-12-04 (abc1234, corpus): 3 of 6 labelled report-only findings still reported are real leaks — **50 %** (60 % without the 1 doubtful); ' +
        '2 false and 1 doubtful still reported; no longer reported: 1 false (good), 1 real (lost leaks), 1 real now fixed (better), 0 doubtful; 2 unlabelled report-only findings.',
    );
  });
});

describe('sampleReportOnly', () => {
  const findings = Array.from({ length: 40 }, (_, index) => finding(`f${index % 7}.ts`, index + 1, { fix: index % 5 === 0 ? 'auto' : 'none' }));

  it('draws report-only findings only, the same ones for the same seed', () => {
    const first = sampleReportOnly(findings, 10, 15);
    expect(first).toHaveLength(10);
    expect(first.every((entry) => entry.fix === 'none')).toBe(true);
    expect(sampleReportOnly([...findings].reverse(), 10, 15)).toEqual(first);
    expect(sampleReportOnly(findings, 10, 16)).not.toEqual(first);
  });
});
