/**
 * The auto-discovering fixture suite: for every rule and every case, exact output, a second
 * run changes nothing, the output re-parses, the CRLF variant gives the CRLF output, and the
 * stock jscodeshift transform gives the same result as the engine.
 */
import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../src/core/fix-level';
import { getLanguage } from '../src/core/language';
import { lintSource, type LintSourceResult } from '../src/engine/lint-source';
import { parseSource } from '../src/engine/parse';
import { createParseView } from '../src/core/script-blocks';
import { DEFAULT_SETTINGS } from '../src/core/rule';
import { resolveRuleOptions } from '../src/core/rule-options';
import { getRule, ruleIds } from '../transforms/index';
import { listFixtureRules, loadFixtureCases, toCrlf, type FixtureCase } from './helpers/fixtures';

function runCase(fixture: FixtureCase, text: string): LintSourceResult {
  const rule = getRule(fixture.rule)!;
  return lintSource({
    raw: text,
    filePath: fixture.inputPath,
    displayPath: fixture.inputPath,
    rules: [{ rule, options: resolveRuleOptions(rule, fixture.options) }],
    settings: {
      ...(fixture.target ? { target: fixture.target } : DEFAULT_SETTINGS),
      ...(fixture.printWidth !== undefined ? { printWidth: fixture.printWidth } : {}),
      ...(fixture.arrowParens !== undefined ? { arrowParens: fixture.arrowParens } : {}),
    },
    applyLevels: getAppliedLevels(fixture.unsafe),
    knownRuleIds: ruleIds,
  });
}

function outputOf(result: LintSourceResult, input: string): string {
  return result.output === undefined ? input : (result.source.hasBom ? '\uFEFF' : '') + result.output;
}

for (const ruleId of listFixtureRules()) {
  describe(`fixtures: ${ruleId}`, () => {
    it('is a registered rule', () => {
      expect(getRule(ruleId), `__testfixtures__/${ruleId} has no rule in transforms/index.ts`).toBeDefined();
    });
    const cases = loadFixtureCases(ruleId);
    it('has cases, including skip cases', () => {
      expect(cases.length).toBeGreaterThan(0);
      expect(cases.some((c) => c.isSkip)).toBe(true);
    });
    for (const fixture of cases) {
      describe(fixture.name, () => {
        it(fixture.isSkip ? 'reports nothing and changes nothing' : 'produces the exact output', () => {
          const result = runCase(fixture, fixture.input);
          expect(result.errors).toEqual([]);
          if (fixture.isSkip) {
            expect(result.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
            expect(result.output).toBeUndefined();
          } else {
            expect(fixture.output, `missing ${fixture.name}.output.${fixture.ext}`).not.toBeNull();
            expect(result.findings.length).toBeGreaterThan(0);
            expect(outputOf(result, fixture.input)).toBe(fixture.output);
          }
          if (fixture.expectedFindings) {
            // `"line:column fix confidence"` entries also check the confidence (report-only policies).
            const withConfidence = fixture.expectedFindings.some((entry) => entry.split(' ').length === 3);
            expect(result.findings.map((f) => `${f.line}:${f.column} ${f.fix}${withConfidence ? ` ${f.confidence}` : ''}`)).toEqual(fixture.expectedFindings);
          }
        });
        if (fixture.isSkip) return;
        it('changes nothing on a second run', () => {
          const second = runCase(fixture, fixture.output!);
          expect(second.errors).toEqual([]);
          expect(second.output).toBeUndefined();
          const levels = getAppliedLevels(fixture.unsafe);
          expect(second.findings.filter((f) => levels.has(f.fix)).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        });
        it('output parses', () => {
          // `.vue` / `.svelte` outputs parse as the engine sees them: their <script> blocks.
          const view = createParseView(fixture.output!.replace(/^\uFEFF/, ''), getLanguage(fixture.inputPath)!);
          expect(() => parseSource(view.text, view.info)).not.toThrow();
        });
        it('keeps CRLF line endings', () => {
          const result = runCase(fixture, toCrlf(fixture.input));
          expect(outputOf(result, toCrlf(fixture.input))).toBe(toCrlf(fixture.output!));
        });
        it('gives the same output as a stock jscodeshift transform', async () => {
          const transform = (await import(`../transforms/${fixture.rule}.ts`)).default;
          const out = transform(
            { path: fixture.inputPath, source: fixture.input },
            {},
            {
              ...fixture.options,
              unsafe: fixture.unsafe,
              ...(fixture.target ? { target: fixture.target } : {}),
              ...(fixture.printWidth !== undefined ? { printWidth: String(fixture.printWidth) } : {}),
              ...(fixture.arrowParens !== undefined ? { arrowParens: fixture.arrowParens } : {}),
            },
          );
          expect(out ?? fixture.input).toBe(fixture.output);
        });
      });
    }
  });
}
