/**
 * Test files are left to the test-time leak check by listener-cleanup and timer-cleanup
 * (docs/catalog.md, "Test files"), decided from the path the engine gives the rule; `includeTests`
 * scans them; the other rules scan them as any file.
 */
import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { getRule } from '../../transforms/index';

const SOURCE = `import { useEffect } from 'react';
export function useClock(tick: () => void) {
  useEffect(() => {
    setInterval(tick, 1000);
    window.addEventListener('resize', tick);
    void fetch('/api/clock');
  }, []);
}
`;

function rulesWithFindings(displayPath: string, options: Record<string, unknown> = {}): string[] {
  const rules = ['timer-cleanup', 'listener-cleanup', 'fetch-timeout'].map((id) => {
    const rule = getRule(id)!;
    return { rule, options: resolveRuleOptions(rule, id === 'fetch-timeout' ? {} : options) };
  });
  const result = lintSource({ raw: SOURCE, filePath: displayPath, displayPath, rules, settings: DEFAULT_SETTINGS, applyLevels: getAppliedLevels(false) });
  return [...new Set(result.findings.map((finding) => finding.rule))].sort();
}

const TEST_PATHS = [
  'src/use-clock.test.ts',
  'src/use-clock.spec.ts',
  'src/__tests__/use-clock.ts',
  'test/use-clock.ts',
  'packages/app/tests/use-clock.ts',
  'e2e/use-clock.ts',
  'cypress/support/use-clock.ts',
];

describe('test files', () => {
  it('are scanned by every rule when the path is not a test path', () => {
    expect(rulesWithFindings('src/use-clock.ts')).toEqual(['fetch-timeout', 'listener-cleanup', 'timer-cleanup']);
  });

  for (const displayPath of TEST_PATHS) {
    it(`${displayPath}: skipped by listener-cleanup and timer-cleanup, still scanned by fetch-timeout`, () => {
      expect(rulesWithFindings(displayPath)).toEqual(['fetch-timeout']);
    });
  }

  it('are scanned by listener-cleanup and timer-cleanup with includeTests', () => {
    for (const displayPath of TEST_PATHS) {
      expect(rulesWithFindings(displayPath, { includeTests: true })).toEqual(['fetch-timeout', 'listener-cleanup', 'timer-cleanup']);
    }
  });
});

describe('unconsumed-promise in test files', () => {
  const run = (raw: string, displayPath: string) => {
    const rule = getRule('unconsumed-promise')!;
    const rules = [{ rule, options: resolveRuleOptions(rule, {}) }];
    return lintSource({ raw, filePath: displayPath, displayPath, rules, settings: DEFAULT_SETTINGS, applyLevels: getAppliedLevels(false) }).findings.map((f) => `${f.line} ${f.fix} ${f.confidence ?? 'high'}`);
  };
  const TEST = `async function save(): Promise<void> { await Promise.resolve(); }
it('saves', () => {
  save();
});
it('saves and waits', async () => {
  save();
});
`;

  it('reports a dropped promise in a test that cannot await it as medium (labelled: 10 real of 35)', () => {
    expect(run(TEST, 'src/save.test.ts')).toEqual(['3 none medium', '6 suggestion high']);
  });

  it('reports a dropped async check that awaits nothing as medium, one that awaits as high', () => {
    const checks = `async function validate(value: string) { if (!value) throw new Error('empty'); }
async function verify(value: string) { await Promise.resolve(value); }
export function onChange(value: string, next: () => void) {
  validate(value);
  verify(value);
  next();
}
`;
    expect(run(checks, 'src/input.ts')).toEqual(['4 none medium', '5 none high']);
  });

  it('keeps the same code outside a test file high', () => {
    expect(run(TEST, 'src/save.ts').every((finding) => finding.endsWith('high'))).toBe(true);
  });
});
