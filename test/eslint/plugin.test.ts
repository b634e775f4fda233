/**
 * `unleak/eslint` as a user meets it: the plugin's shape and recommended config, rule options
 * and `settings.unleak`, suppressions, one engine run per file for all unleak rules, files
 * ESLint names in ways the engine does not know, generated files, and the package entry.
 */
import { spawnSync } from 'node:child_process';
import { Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineRuns } from '../../src/eslint/file-lint';
import { rules as registry } from '../../transforms/index';
import { REPO_ROOT } from '../helpers/cli';
import { ensureBuilt } from '../helpers/ensure-built';
import { languageOptionsFor, unleak } from '../helpers/eslint';

const LEAKY_FETCH = 'export async function load(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n';

function lint(
  code: string,
  { filename = '/project/src/file.ts', rules = { 'unleak/fetch-timeout': 'warn' } as Linter.RulesRecord, settings = {}, languageOptions = undefined as Linter.LanguageOptions | undefined } = {},
) {
  const extension = /\.([a-z0-9]+)$/.exec(filename)![1]!;
  const config: Linter.Config[] = [
    {
      files: [`**/*.${extension}`],
      languageOptions: languageOptions ?? languageOptionsFor(filename) ?? languageOptionsFor('x.js')!,
      plugins: { unleak },
      rules,
      settings,
    },
  ];
  const linter = new Linter({ cwd: '/project' });
  return { messages: linter.verify(code, config, { filename }), fixed: linter.verifyAndFix(code, config, { filename }).output };
}

describe('the plugin object', () => {
  it('has meta, one rule per registered unleak rule plus invalid-suppression, and a recommended config', () => {
    expect(unleak.meta).toMatchObject({ name: 'unleak', namespace: 'unleak' });
    expect(unleak.meta.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(unleak.rules).sort()).toEqual([...registry.map((rule) => rule.meta.id), 'invalid-suppression'].sort());
    const recommended = unleak.configs.recommended;
    expect(recommended.plugins).toEqual({ unleak });
    expect(recommended.rules).toEqual(Object.fromEntries(Object.keys(unleak.rules).map((id) => [`unleak/${id}`, 'warn'])));
  });

  it('gives each rule its description, docs link, fixes, suggestions and an options schema from the rule meta', () => {
    for (const rule of registry) {
      const meta = unleak.rules[rule.meta.id]!.meta!;
      expect(meta.docs?.description).toBe(rule.meta.description);
      expect(meta.docs?.url).toMatch(new RegExp(`${rule.meta.docs.replace(/[.]/g, '\\.')}$`));
      expect(meta.fixable).toBe('code');
      expect(meta.hasSuggestions).toBe(true);
      const [schema] = meta.schema as Array<{ properties: Record<string, unknown>; additionalProperties: boolean }>;
      expect(Object.keys(schema!.properties).sort()).toEqual(Object.keys(rule.meta.options).sort());
      expect(schema!.additionalProperties).toBe(false);
    }
  });
});

describe('rule options and settings.unleak', () => {
  it('takes the rule options of unleak.config.json as ESLint rule options', () => {
    const { messages, fixed } = lint(LEAKY_FETCH, { rules: { 'unleak/fetch-timeout': ['warn', { timeoutMs: 5000 }] } });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['2:21 unleak/fetch-timeout']);
    expect(fixed).toBe(LEAKY_FETCH.replace('fetch(url)', 'fetch(url, { signal: AbortSignal.timeout(5_000) })'));
  });

  it('rejects an option of the wrong type (schema) and a value the rule refuses (its validate)', () => {
    expect(() => lint(LEAKY_FETCH, { rules: { 'unleak/fetch-timeout': ['warn', { timeoutMs: 'soon' }] } })).toThrow(/"soon" should be number/);
    expect(() => lint(LEAKY_FETCH, { rules: { 'unleak/fetch-timeout': ['warn', { timeoutMS: 5000 }] } })).toThrow(/additional properties|timeoutMS/i);
    expect(() => lint(LEAKY_FETCH, { rules: { 'unleak/fetch-timeout': ['warn', { timeoutMs: -1 }] } })).toThrow(/positive whole number/);
  });

  it('reads the runtime target from settings.unleak.target, as from the config', () => {
    const code = 'export async function load(url: string, signal?: AbortSignal) {\n  return fetch(url);\n}\n';
    const modern = lint(code);
    const node18 = lint(code, { settings: { unleak: { target: { node: '18.0' } } } });
    expect(modern.fixed).toContain('AbortSignal.any([signal, AbortSignal.timeout(10_000)])');
    expect(node18.messages).toHaveLength(1);
    expect(node18.fixed).not.toContain('AbortSignal.any(');
    expect(node18.messages[0]!.message).not.toBe(modern.messages[0]!.message);
  });

  it('rejects settings.unleak keys that belong to ESLint, naming where they go', () => {
    expect(() => lint(LEAKY_FETCH, { settings: { unleak: { rules: {} } } })).toThrow(/"rules" is not read by the ESLint plugin \(turn rules on/);
    expect(() => lint(LEAKY_FETCH, { settings: { unleak: { target: 18 } } })).toThrow(/"target" must be/);
    expect(() => lint(LEAKY_FETCH, { settings: { unleak: { printWidth: 0 } } })).toThrow(/printWidth/);
  });

  it('leaves out findings below settings.unleak.minConfidence', () => {
    const code = [
      "import { useEffect } from 'react';",
      'export function useThing(target: EventTarget, onX: () => void) {',
      '  useEffect(async () => {',
      "    target.addEventListener('x', onX);",
      "    window.addEventListener('resize', onX);",
      '  }, [target]);',
      '}',
      '',
    ].join('\n');
    const rules = { 'unleak/listener-cleanup': 'warn' } as Linter.RulesRecord;
    expect(lint(code, { rules }).messages.map((m) => m.line)).toEqual([4, 5]);
    expect(lint(code, { rules, settings: { unleak: { minConfidence: 'high' } } }).messages.map((m) => m.line)).toEqual([5]);
  });
});

describe('suppressions', () => {
  it('unleak-ignore-next-line keeps working; an unknown rule id in it is reported by unleak/invalid-suppression', () => {
    const code = 'export async function load(url: string) {\n  // unleak-ignore-next-line fetch-timeout -- the server streams\n  const a = await fetch(url);\n  // unleak-ignore-next-line fetch-timeouts\n  const b = await fetch(url);\n  return [a, b];\n}\n';
    const { messages } = lint(code, { rules: { 'unleak/fetch-timeout': 'warn', 'unleak/invalid-suppression': 'error' } });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([
      '4:3 unleak/invalid-suppression Unknown rule id "fetch-timeouts" in an unleak-ignore comment.',
      expect.stringMatching(/^5:19 unleak\/fetch-timeout /),
    ]);
  });

  it("ESLint's own eslint-disable comments work on unleak rules", () => {
    const code = LEAKY_FETCH.replace('  const res', '  // eslint-disable-next-line unleak/fetch-timeout\n  const res');
    expect(lint(code).messages).toEqual([]);
  });
});

describe('cost and odd inputs', () => {
  it('runs the engine once per file for every unleak rule on it', () => {
    const code = "import { useEffect } from 'react';\nexport function useTick(url: string) {\n  useEffect(() => {\n    setInterval(() => fetch(url), 1000);\n    window.addEventListener('resize', () => {});\n  }, [url]);\n}\n";
    const before = engineRuns.count;
    const { messages } = lint(code, { filename: '/project/src/tick.tsx', rules: unleak.configs.recommended.rules as Linter.RulesRecord });
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(new Set(['unleak/fetch-timeout', 'unleak/timer-cleanup', 'unleak/listener-cleanup']));
    // `lint` runs ESLint twice: a plain run (one engine run) and a fix loop (one per pass).
    const afterVerify = engineRuns.count - before;
    expect(afterVerify).toBeGreaterThanOrEqual(2);
    const single = engineRuns.count;
    new Linter({ cwd: '/project' }).verify(code, [{ files: ['**/*.tsx'], languageOptions: languageOptionsFor('x.tsx')!, plugins: { unleak }, rules: unleak.configs.recommended.rules! }], { filename: '/project/src/tick.tsx' });
    expect(engineRuns.count - single).toBe(1);
  });

  it('reads a file whose name the engine does not know as JavaScript', () => {
    const code = 'async function load(url) {\n  return fetch(url);\n}\n';
    const { messages, fixed } = lint(code, { filename: '/project/src/legacy.es6' });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['2:10 unleak/fetch-timeout']);
    expect(fixed).toContain('AbortSignal.timeout(10_000)');
  });

  it("reports once, from the first unleak rule, a file babel cannot parse though ESLint's parser could", () => {
    // TypeScript's `satisfies` in a .js file, read by a parser that accepts it (here
    // typescript-eslint's): the engine reads .js as JavaScript (Flow included), which has no `satisfies`.
    const code = 'const config = {} satisfies object;\nexport function load(url) {\n  return fetch(url, config);\n}\n';
    const { messages } = lint(code, { filename: '/project/src/enum.js', rules: unleak.configs.recommended.rules as Linter.RulesRecord, languageOptions: languageOptionsFor('x.ts')! });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([expect.stringMatching(/^1:\d+ unleak\/fetch-timeout unleak: could not parse: /)]);
  });

  it('skips generated files as the CLI does (settings.unleak.defaultIgnores: false lints them)', () => {
    const generated = `// @generated by a tool\n${LEAKY_FETCH}`;
    expect(lint(generated).messages).toEqual([]);
    expect(lint(generated, { settings: { unleak: { defaultIgnores: false } } }).messages).toHaveLength(1);
  });
});

describe('the package entry', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 180_000);

  it("`import unleak from 'unleak/eslint'` and `require('unleak/eslint')` give the plugin", () => {
    const script = "import unleak from 'unleak/eslint'; import { createRequire } from 'node:module'; const cjs = createRequire(import.meta.url)('unleak/eslint'); console.log(JSON.stringify({ same: cjs === unleak, rules: Object.keys(unleak.rules), recommended: Object.keys(unleak.configs.recommended.rules) }));";
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    const loaded = JSON.parse(out.stdout) as { same: boolean; rules: string[]; recommended: string[] };
    expect(loaded.same).toBe(true);
    expect(loaded.rules).toEqual(Object.keys(unleak.rules));
    expect(loaded.recommended).toEqual(Object.keys(unleak.rules).map((id) => `unleak/${id}`));
  });
});
