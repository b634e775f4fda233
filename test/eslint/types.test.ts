/**
 * Type-aware rules in `unleak/eslint`: with typescript-eslint's program (`projectService` or
 * `project` in parserOptions) the plugin answers from that program's checker and reports what
 * the CLI's typed run reports; without a program it keeps the syntactic answers. The plugin
 * never loads ts-morph (it builds no program of its own).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli';
import { ensureBuilt } from '../helpers/ensure-built';
import { eslintFindings, findingKey as key, unleak, type JsonFinding } from '../helpers/eslint';
import { makeProject } from '../helpers/temp';

// typescript-eslint infers a "single run" from CI=true (as in .ci/run). This file lints with
// `projectService` and then with `project` in one process — something no user config does —
// and in single-run mode the second program's checker then throws on our questions (seen:
// getModuleSpecifiers on an undefined path), so the typed answers fall back to syntactic ones
// and the `project` case finds nothing. Alone, `project` with CI=true answers (checked by hand).
process.env.TSESTREE_SINGLE_RUN = 'false';

const TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2023'], types: [], module: 'preserve', moduleResolution: 'bundler' },
  include: ['src'],
});
// Only the checker knows `store.save` returns a promise: the method is declared in another
// file, on an object a factory returns (the syntactic answers follow relative imports to
// declared functions, not to the types of what they return).
const STORE = `export function createStore() {
  return {
    async save(key: string): Promise<void> {
      await Promise.resolve(key);
    },
    size(): number {
      return 1;
    },
  };
}
`;
const MAIN = `import { createStore } from './store';

const store = createStore();

export async function onChange(key: string) {
  store.save(key);
  store.size();
}
`;
const FILES = { 'tsconfig.json': TSCONFIG, 'src/store.ts': STORE, 'src/main.ts': MAIN };


function cliFindings(dir: string, extra: string[] = []): string[] {
  const out = runCli(dir, ['src', '--format', 'json', '--quiet', '--no-config', ...extra]);
  expect(out.stderr).toBe('');
  return (JSON.parse(out.stdout) as { findings: JsonFinding[] }).findings.map(key).sort();
}

function eslintFor(dir: string, parserOptions: Linter.ParserOptions, fix = false): ESLint {
  return new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser, parserOptions } }, unleak.configs.recommended],
    fix,
  });
}

async function eslintFindingsIn(dir: string, parserOptions: Linter.ParserOptions): Promise<string[]> {
  return eslintFindings(await eslintFor(dir, parserOptions).lintFiles(['src']), dir).map(key).sort();
}

describe('unleak/eslint with typescript-eslint’s program', { timeout: 120_000 }, () => {
  let dir: string;
  let typed: string[];

  beforeAll(async () => {
    await ensureBuilt();
    dir = makeProject(FILES);
    typed = cliFindings(dir);
  }, 180_000);

  it('the CLI finds the floating promise only with types (the case this test is about)', () => {
    expect(typed).toHaveLength(1);
    expect(typed[0]).toMatch(/^src\/main\.ts:6:3-6:18 unconsumed-promise auto: /);
    expect(cliFindings(dir, ['--no-types'])).toEqual([]);
  });

  it('with parserOptions.projectService: reports exactly what the CLI’s typed run reports', async () => {
    expect(await eslintFindingsIn(dir, { projectService: true, tsconfigRootDir: dir })).toEqual(typed);
  });

  it('with parserOptions.project: the same', async () => {
    expect(await eslintFindingsIn(dir, { project: './tsconfig.json', tsconfigRootDir: dir })).toEqual(typed);
  });

  it('without a program: the syntactic answer (nothing reported here)', async () => {
    expect(await eslintFindingsIn(dir, {})).toEqual([]);
  });

  it('eslint --fix writes what unleak --write writes', async () => {
    const [result] = await eslintFor(dir, { projectService: true, tsconfigRootDir: dir }, true).lintFiles(['src/main.ts']);
    const copy = makeProject(FILES);
    const out = runCli(copy, ['src', '--write', '--quiet', '--no-config']);
    expect(out.stderr).toBe('');
    const written = fs.readFileSync(path.join(copy, 'src/main.ts'), 'utf8');
    expect(written).not.toBe(MAIN);
    expect(result!.output).toBe(written);
  });

  it('loads no ts-morph: the answers come from typescript-eslint’s TypeScript (the built plugin, in a child process)', () => {
    const script = `
      const { createRequire } = require('node:module');
      const load = createRequire(${JSON.stringify(path.join(REPO_ROOT, 'package.json'))});
      const { ESLint } = load('eslint');
      const parser = load('@typescript-eslint/parser');
      const unleak = load(${JSON.stringify(path.join(REPO_ROOT, 'dist/src/eslint/index.js'))});
      const eslint = new ESLint({ cwd: ${JSON.stringify(dir)}, overrideConfigFile: true, overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: ${JSON.stringify(dir)} } } },
        unleak.configs.recommended,
      ] });
      eslint.lintFiles(['src']).then((results) => {
        const loaded = Object.keys(require.cache);
        console.log(JSON.stringify({
          reported: results.flatMap((r) => r.messages.map((m) => m.ruleId + ':' + m.line + ':' + m.column)),
          tsMorph: loaded.filter((file) => /[\\\\/]ts-morph[\\\\/]|[\\\\/]@ts-morph[\\\\/]/.test(file)),
          typescript: loaded.some((file) => /[\\\\/]typescript[\\\\/]lib[\\\\/]typescript\\.js$/.test(file)),
        }));
      });
    `;
    const child = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ reported: ['unleak/unconsumed-promise:6:3'], tsMorph: [], typescript: true });
  });
});
