/**
 * Docs are tested: every registered rule has its transform, fixtures and docs page; the docs'
 * before/after examples are run through the rule; the README's rules table is current.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../src/core/fix-level';
import { lintSource } from '../src/engine/lint-source';
import { DEFAULT_SETTINGS, type RuntimeTarget } from '../src/core/rule';
import { resolveRuleOptions } from '../src/core/rule-options';
import { renderAnalysisIndex } from '../scripts/analysis-index';
import { withRulesTable } from '../scripts/rules-table';
import { rules } from '../transforms/index';
import { extractDocExamples } from './helpers/doc-examples';

const ROOT = path.resolve(__dirname, '..');

describe('docs', () => {
  it('README rules table matches the registry (run `npm run docs:rules`)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withRulesTable(readme, rules));
  });

  it('docs/analysis.md lists every shared analysis helper with its header comment (run `npm run docs:analysis`)', () => {
    const index = fs.readFileSync(path.join(ROOT, 'docs/analysis.md'), 'utf8');
    expect(index).toBe(renderAnalysisIndex(path.join(ROOT, 'src/analysis')));
    expect(index).not.toContain('(no header comment)');
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    describe(id, () => {
      it('has a transform, fixtures with skip cases, and a docs page', async () => {
        const transform = (await import(`../transforms/${id}.ts`)).default;
        expect(typeof transform).toBe('function');
        const fixtures = fs.readdirSync(path.join(ROOT, '__testfixtures__', id));
        expect(fixtures.some((f) => /\.input\./.test(f) && !f.startsWith('skip-'))).toBe(true);
        expect(fixtures.some((f) => f.startsWith('skip-'))).toBe(true);
        expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
        expect(fs.existsSync(path.join(ROOT, rule.meta.docs)), `${rule.meta.docs} is missing`).toBe(true);
      });

      it('documents every option', () => {
        const doc = fs.readFileSync(path.join(ROOT, rule.meta.docs), 'utf8');
        for (const option of Object.keys(rule.meta.options)) expect(doc, `option ${option}`).toContain(option);
      });

      it("the docs' before/after examples are what the rule does", () => {
        const doc = fs.readFileSync(path.join(ROOT, rule.meta.docs), 'utf8');
        const examples = extractDocExamples(doc);
        expect(examples.length, `${rule.meta.docs} has no Before/After example pair`).toBeGreaterThan(0);
        for (const example of examples) {
          const result = lintSource({
            raw: example.before,
            filePath: `example.${example.language}`,
            displayPath: `${rule.meta.docs}:${example.line}`,
            rules: [{ rule, options: resolveRuleOptions(rule, example.options) }],
            settings: example.target ? { target: { ...DEFAULT_SETTINGS.target, ...(example.target as Partial<RuntimeTarget>) } } : DEFAULT_SETTINGS,
            applyLevels: getAppliedLevels(true),
          });
          expect(result.errors, `${rule.meta.docs}:${example.line}`).toEqual([]);
          expect(result.output ?? example.before, `${rule.meta.docs}:${example.line}`).toBe(example.after);
        }
      });
    });
  }
});
