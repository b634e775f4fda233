/**
 * ESLint's RuleTester runs every `unleak/<rule>` over the rule's fixtures (`__testfixtures__/`),
 * each file with the ESLint parser a project would use for it (espree, typescript-eslint,
 * vue-eslint-parser, svelte-eslint-parser):
 * - a `skip-` case is a valid case (no problem);
 * - every other case reports exactly the engine's findings (message, start, end); `auto` ones
 *   are fixes and `suggestion` ones are suggestions whose output is the engine's edits applied;
 *   the fixed output of one ESLint fix pass is the engine's own first pass;
 * - and `eslint --fix` (ESLint's fix loop, up to 10 passes) ends on the fixture's `.output`
 *   file (for `unsafe` fixtures, which expect suggestions applied, on the engine's `--write`
 *   output, and an only suggestion, applied, gives the `.output` file); with CRLF line
 *   endings too.
 */
import os from 'node:os';
import path from 'node:path';
import { Linter, RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
import { applyEditGroups, applyEdits } from '../../src/core/fixer';
import { calibrateFindings, getAppliedLevels } from '../../src/core/fix-level';
import { lintSource, type LintSourceResult } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import type { Finding, FixLevel } from '../../src/core/finding';
import { getRule, ruleIds } from '../../transforms/index';
import { languageOptionsFor, unleak } from '../helpers/eslint';
import { listFixtureRules, loadFixtureCases, toCrlf, type FixtureCase } from '../helpers/fixtures';

RuleTester.describe = describe;
RuleTester.it = it;

/** The engine's findings as the plugin reports them (each rule's `calibratedConfidence` applied). */
function engine(fixture: FixtureCase, levels: ReadonlySet<FixLevel>): LintSourceResult {
  const rule = getRule(fixture.rule)!;
  const result = lintSource({
    raw: fixture.input,
    filePath: fixture.inputPath,
    displayPath: fixture.inputPath,
    rules: [{ rule, options: resolveRuleOptions(rule, fixture.options) }],
    settings: { target: fixture.target ?? DEFAULT_SETTINGS.target, ...(fixture.printWidth !== undefined ? { printWidth: fixture.printWidth } : {}) },
    applyLevels: levels,
    knownRuleIds: ruleIds,
  });
  return { ...result, findings: calibrateFindings(result.findings, [{ rule }]) };
}

/**
 * JavaScript with decorators (vue-class-component) is not standard JavaScript: espree stops at
 * the `@`; such a project lints with @babel/eslint-parser, and here typescript-eslint's parser,
 * which reads the same syntax, stands in for it.
 */
const DECORATOR = /^\s*@[A-Za-z]/m;

/** What ESLint is told about the fixture: its file name, parser, rule options and settings. */
function eslintCase(fixture: FixtureCase) {
  // Flow-annotated JavaScript (the `flow-` fixtures) is not standard JavaScript either: a Flow
  // project lints with hermes-eslint or @babel/eslint-parser; typescript-eslint's parser reads these too.
  const isJsWithDecorators = /^[cm]?jsx?$/.test(fixture.ext) && (DECORATOR.test(fixture.input) || /(?:^|-)flow-/.test(fixture.name));
  return {
    code: fixture.input,
    // unconsumed-promise's library policy (and fetch-timeout's on a dropped request) reads the
    // file's package.json: inside this repository every fixture would be library code of unleak
    // itself. Their fixtures are linted as files of a folder with no package.json, as the CLI's
    // fixture suite sees them (no project).
    filename: NO_PROJECT_RULES.has(fixture.rule) ? path.join(NO_PROJECT_DIR, path.basename(fixture.inputPath)) : fixture.inputPath,
    languageOptions: languageOptionsFor(isJsWithDecorators ? 'decorated.ts' : fixture.inputPath)!,
    options: Object.keys(fixture.options).length > 0 ? [fixture.options] : [],
    settings: { unleak: { target: fixture.target ?? DEFAULT_SETTINGS.target, printWidth: fixture.printWidth ?? false } },
  };
}

function withBom(text: string, like: string): string {
  return like.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
}

function expectedError(finding: Finding, result: LintSourceResult, input: string) {
  const { source } = result;
  return {
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    suggestions:
      finding.fix === 'suggestion'
        ? [{ desc: finding.fixDescription!, output: withBom(applyEdits(source.text, finding.edits, source.eol), input) }]
        : [],
  };
}

/** Every fixture has an ESLint parser here (the test fails on a new extension without one). */
function eslintFixtures(ruleId: string): FixtureCase[] {
  const fixtures = loadFixtureCases(ruleId);
  for (const fixture of fixtures) {
    if (!languageOptionsFor(fixture.inputPath)) throw new Error(`no ESLint parser set up for ${fixture.inputPath} (test/helpers/eslint.ts)`);
  }
  return fixtures;
}

/** A folder with no package.json above it (see eslintCase). */
const NO_PROJECT_DIR = path.join(path.parse(os.tmpdir()).root, 'unleak-rule-tester-no-project');
/** The rules whose fix level reads the file's package.json (see eslintCase). */
const NO_PROJECT_RULES = new Set(['unconsumed-promise', 'fetch-timeout']);

// A fixture that turns typescript-eslint's no-floating-promises off with an `eslint-disable`
// comment (unconsumed-promise honours it) needs the rule to exist, as in a project that uses it.
const typescriptEslintStub = { rules: { 'no-floating-promises': { meta: { type: 'problem' as const, schema: [] }, create: () => ({}) } } };
const ruleTester = new RuleTester({ plugins: { '@typescript-eslint': typescriptEslintStub } });

for (const ruleId of listFixtureRules()) {
  const fixtures = eslintFixtures(ruleId);
  describe(`unleak/${ruleId} in ESLint's RuleTester`, () => {
    ruleTester.run(ruleId, unleak.rules[ruleId]!, {
      valid: fixtures.filter((f) => f.isSkip).map((f) => ({ ...eslintCase(f), name: f.name })),
      invalid: fixtures
        .filter((f) => !f.isSkip)
        .map((fixture) => {
          const result = engine(fixture, new Set());
          const autoGroups = result.findings.filter((f) => f.fix === 'auto').map((f) => ({ edits: f.edits, owner: f }));
          const onePass = applyEditGroups(result.source.text, autoGroups, result.source.eol).text;
          return {
            ...eslintCase(fixture),
            name: fixture.name,
            errors: result.findings.map((finding) => expectedError(finding, result, fixture.input)),
            output: autoGroups.length > 0 ? withBom(onePass, fixture.input) : null,
          };
        }),
    });
  });

  describe(`unleak/${ruleId}: eslint --fix on the fixtures`, () => {
    for (const fixture of fixtures.filter((f) => !f.isSkip)) {
      it(`${fixture.name}: ends on the CLI's --write output`, () => {
        const linter = new Linter(NO_PROJECT_RULES.has(fixture.rule) ? { cwd: NO_PROJECT_DIR } : {});
        const { code, filename, languageOptions, options, settings } = eslintCase(fixture);
        const config: Linter.Config[] = [
          {
            files: [`**/*.${fixture.ext}`],
            languageOptions,
            settings,
            plugins: { unleak },
            rules: { [`unleak/${ruleId}`]: ['warn', ...options] as Linter.RuleEntry },
          },
        ];
        const fixed = linter.verifyAndFix(code, config, { filename });
        expect(fixed.messages.filter((m) => m.fatal)).toEqual([]);
        if (!fixture.unsafe) {
          expect(fixed.output).toBe(fixture.output);
          // CRLF stays CRLF: the fix text takes the file's line terminator, as --write writes it.
          expect(linter.verifyAndFix(toCrlf(code), config, { filename }).output).toBe(toCrlf(fixture.output!));
          return;
        }
        const write = engine(fixture, getAppliedLevels(false));
        expect(fixed.output).toBe(write.output === undefined ? fixture.input : withBom(write.output, fixture.input));
        const first = engine(fixture, new Set());
        if (first.findings.length === 1 && first.findings[0]!.fix === 'suggestion') {
          const [suggestion] = linter.verify(code, config, { filename })[0]!.suggestions!;
          const applied = code.slice(0, suggestion!.fix.range[0]) + suggestion!.fix.text + code.slice(suggestion!.fix.range[1]);
          expect(applied).toBe(fixture.output);
        }
      });
    }
  });
}
