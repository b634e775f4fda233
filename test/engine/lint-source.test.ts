import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource, type LintSourceInput } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { configured, demoteRule, overlapRule, renameRule, unsteadyCrashRule } from '../helpers/test-rules';

function lint(raw: string, overrides: Partial<LintSourceInput> = {}) {
  return lintSource({
    raw,
    filePath: 'file.ts',
    displayPath: 'file.ts',
    rules: configured(renameRule),
    settings: DEFAULT_SETTINGS,
    applyLevels: getAppliedLevels(false),
    knownRuleIds: new Set(['test-rename', 'test-overlap', 'test-second-look']),
    ...overrides,
  });
}

describe('lintSource', () => {
  it('does not parse a file no rule prefilter matches', () => {
    const result = lint('const x = 1 +;\n');
    expect(result.parsed).toBe(false);
    expect(result.errors).toEqual([]);
  });

  it('reports a parse error with its position', () => {
    const result = lint('leak();\nconst x = 1 +;\n');
    expect(result.errors).toMatchObject([{ kind: 'parse', line: 2 }]);
    expect(result.output).toBeUndefined();
  });

  it('applies auto fixes and leaves suggestions alone by default', () => {
    const result = lint('leak();\nmaybe();\n');
    expect(result.findings.map((f) => [f.line, f.fix, f.applied])).toEqual([
      [1, 'auto', true],
      [2, 'suggestion', undefined],
    ]);
    expect(result.output).toBe('leak(stop);\nmaybe();\n');
  });

  it('applies suggestions too with --unsafe', () => {
    const result = lint('leak();\nmaybe();\n', { applyLevels: getAppliedLevels(true) });
    expect(result.output).toBe('leak(stop);\nmaybe(stop);\n');
  });

  it('runs passes until nothing changes', () => {
    const result = lint('twice();\n');
    expect(result.output).toBe('leak(stop);\n');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.applied).toBe(true);
  });

  it('defers an overlapping fix to the next pass and does not apply it twice', () => {
    const result = lint('leak();\n', { rules: configured(renameRule, overlapRule) });
    expect(result.findings).toHaveLength(2);
    expect(result.output).toBe('leak(stop);\n');
    expect(result.errors).toEqual([]);
  });

  it('does not call a deferred fix applied when a later pass still finds it at a level not applied', () => {
    const result = lint('leak();\n', { rules: configured(renameRule, demoteRule) });
    expect(result.output).toBe('leak(stop);\n');
    expect(result.findings.map((f) => [f.rule, f.fix, f.applied])).toEqual([
      ['test-rename', 'auto', true],
      ['test-second-look', 'auto', false],
    ]);
    expect(result.errors).toEqual([]);
  });

  it('drops a fix that breaks the code, keeps the others, and reports the rule', () => {
    const result = lint('bad();\nleak();\n');
    expect(result.output).toBe('bad();\nleak(stop);\n');
    expect(result.errors).toMatchObject([{ kind: 'internal', rule: 'test-rename' }]);
    expect(result.errors[0]!.message).toContain('does not parse');
    expect(result.findings.find((f) => f.message === 'bad() leaks')!.applied).toBe(false);
  });

  it('isolates a crashing rule: its findings are dropped and it is reported', () => {
    const result = lint('leak();\ncrash();\n', { rules: configured(renameRule, overlapRule) });
    expect(result.errors).toMatchObject([{ kind: 'internal', rule: 'test-rename' }]);
    expect(result.errors[0]!.message).toContain('boom');
    // test-overlap still ran
    expect(result.findings.map((f) => f.rule)).toEqual(['test-overlap']);
    expect(result.output).toBe('leak(stop);\ncrash();\n');
  });

  it('reports a crash once although its stack differs between passes', () => {
    const result = lint('leak();\ncrash();\n', { rules: configured(overlapRule, unsteadyCrashRule) });
    // test-overlap's fix makes a second pass, where the rule crashes again with another stack.
    expect(result.output).toBe('leak(stop);\ncrash();\n');
    expect(result.errors).toMatchObject([{ kind: 'internal', rule: 'test-unsteady-crash' }]);
    expect(result.errors[0]!.message).toContain('boom');
  });

  it('keeps CRLF line endings and a BOM', () => {
    const result = lint('\uFEFF// header\r\nleak();\r\n');
    expect(result.source.hasBom).toBe(true);
    expect(result.output).toBe('// header\r\nleak(stop);\r\n');
  });

  it('honours unleak-ignore-next-line for all rules or the named ones', () => {
    const result = lint('// unleak-ignore-next-line\nleak();\n// unleak-ignore-next-line test-overlap -- known\nleak();\n', {
      rules: configured(renameRule, overlapRule),
    });
    expect(result.findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['4 test-rename']);
  });

  it('honours unleak-ignore-file at the top of the file only', () => {
    expect(lint('/* unleak-ignore-file */\nleak();\n').findings).toEqual([]);
    expect(lint('/* unleak-ignore-file test-rename */\nleak();\n').findings).toEqual([]);
    expect(lint('leak();\n/* unleak-ignore-file */\nleak();\n').findings).toHaveLength(2);
  });

  it('reports an unknown rule id in a suppression comment', () => {
    const result = lint('// unleak-ignore-next-line fetch-timout\nleak();\n');
    expect(result.findings.map((f) => `${f.line} ${f.rule} ${f.fix}`)).toEqual(['1 invalid-suppression none', '2 test-rename auto']);
    expect(result.findings[0]!.message).toContain('fetch-timout');
  });

  it('gives the finding the range of the node, 1-based', () => {
    const result = lint('  leak();\n');
    expect(result.findings[0]).toMatchObject({ line: 1, column: 3, endLine: 1, endColumn: 9 });
  });
});
