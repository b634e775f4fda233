/**
 * add-leak-check: the config transform (exact output, idempotent, output parses, CRLF, a
 * suggestion where the config is not a plain object), the programmatic installer and the
 * `unleak add-leak-check` subcommand, and an end-to-end run of vitest on a project it set up.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { getLanguage } from '../src/core/language';
import { parseSource } from '../src/engine/parse';
import { addLeakCheck, addSetupFileToConfig, type EditConfigResult } from '../transforms/add-leak-check/index';
import transform from '../transforms/add-leak-check';
import { createLinkedProject, ensureBuilt, REPO_ROOT } from './helpers/ensure-built';

const VITEST_SETUP = './test/leak-check.setup.ts';
const JEST_SETUP = '<rootDir>/test/leak-check.setup.js';

function edit(filePath: string, source: string, setupPath = filePath.startsWith('jest') ? JEST_SETUP : VITEST_SETUP): EditConfigResult {
  return addSetupFileToConfig({ source, filePath, setupPath });
}

interface EditCase {
  name: string;
  file: string;
  input: string;
  output: string;
}

const EDIT_CASES: EditCase[] = [
  {
    name: 'vitest: adds setupFiles to a one-line test object',
    file: 'vitest.config.ts',
    input: `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { environment: 'node' } });\n`,
    output: `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { environment: 'node', setupFiles: ['./test/leak-check.setup.ts'] } });\n`,
  },
  {
    name: 'vitest: appends to a multi-line setupFiles array, keeping its trailing comma and comment',
    file: 'vitest.config.mts',
    input: `export default defineConfig({
  test: {
    setupFiles: [
      './test/setup-db.ts', // database fixtures
    ],
  },
});
`,
    output: `export default defineConfig({
  test: {
    setupFiles: [
      './test/setup-db.ts', // database fixtures
      './test/leak-check.setup.ts',
    ],
  },
});
`,
  },
  {
    name: 'vitest: a setupFiles string becomes an array',
    file: 'vitest.config.ts',
    input: `export default defineConfig({\n  test: {\n    setupFiles: './setup.ts',\n  },\n});\n`,
    output: `export default defineConfig({\n  test: {\n    setupFiles: ['./setup.ts', './test/leak-check.setup.ts'],\n  },\n});\n`,
  },
  {
    name: 'vite: adds a test object after the last property, in the file\'s quote and indentation',
    file: 'vite.config.js',
    input: `import { defineConfig } from "vite"\nimport react from "@vitejs/plugin-react"\n\nexport default defineConfig({\n    plugins: [react()]\n})\n`,
    output: `import { defineConfig } from "vite"\nimport react from "@vitejs/plugin-react"\n\nexport default defineConfig({\n    plugins: [react()],\n    test: {\n        setupFiles: ["./test/leak-check.setup.ts"],\n    }\n})\n`,
  },
  {
    name: 'vitest: an empty config',
    file: 'vitest.config.ts',
    input: `export default defineConfig({});\n`,
    output: `export default defineConfig({ test: { setupFiles: ['./test/leak-check.setup.ts'] } });\n`,
  },
  {
    name: 'vitest: a function config returning an object',
    file: 'vitest.config.ts',
    input: `export default defineConfig(({ mode }) => ({\n  test: { environment: mode === 'dom' ? 'happy-dom' : 'node' },\n}));\n`,
    output: `export default defineConfig(({ mode }) => ({\n  test: { environment: mode === 'dom' ? 'happy-dom' : 'node', setupFiles: ['./test/leak-check.setup.ts'] },\n}));\n`,
  },
  {
    name: 'vitest: the last argument of mergeConfig',
    file: 'vitest.config.ts',
    input: `import viteConfig from './vite.config';\nexport default mergeConfig(viteConfig, defineConfig({ test: { globals: true } }));\n`,
    output: `import viteConfig from './vite.config';\nexport default mergeConfig(viteConfig, defineConfig({ test: { globals: true, setupFiles: ['./test/leak-check.setup.ts'] } }));\n`,
  },
  {
    name: 'jest: module.exports with a trailing comma',
    file: 'jest.config.js',
    input: `/** @type {import('jest').Config} */\nmodule.exports = {\n  testEnvironment: 'node',\n};\n`,
    output: `/** @type {import('jest').Config} */\nmodule.exports = {\n  testEnvironment: 'node',\n  setupFilesAfterEnv: ['<rootDir>/test/leak-check.setup.js'],\n};\n`,
  },
  {
    name: 'jest: a typed const exported by name',
    file: 'jest.config.ts',
    input: `import type { Config } from 'jest';\n\nconst config: Config = {\n  preset: 'ts-jest',\n  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],\n};\n\nexport default config;\n`,
    output: `import type { Config } from 'jest';\n\nconst config: Config = {\n  preset: 'ts-jest',\n  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts', '<rootDir>/test/leak-check.setup.js'],\n};\n\nexport default config;\n`,
  },
  {
    name: 'jest: an async function config',
    file: 'jest.config.mjs',
    input: `export default async () => {\n  return {\n    verbose: true\n  };\n};\n`,
    output: `export default async () => {\n  return {\n    verbose: true,\n    setupFilesAfterEnv: ['<rootDir>/test/leak-check.setup.js']\n  };\n};\n`,
  },
];

describe('addSetupFileToConfig', () => {
  for (const testCase of EDIT_CASES) {
    it(testCase.name, () => {
      const first = edit(testCase.file, testCase.input);
      expect(first).toMatchObject({ status: 'changed' });
      const output = (first as { output: string }).output;
      expect(output).toBe(testCase.output);
      // The output parses with the parser the extension calls for.
      expect(() => parseSource(output, getLanguage(testCase.file)!)).not.toThrow();
      // Idempotent.
      expect(edit(testCase.file, output).status).toBe('unchanged');
      // CRLF in, CRLF out.
      const crlf = edit(testCase.file, testCase.input.replace(/\n/g, '\r\n')) as { output: string };
      expect(crlf.output).toBe(testCase.output.replace(/\n/g, '\r\n'));
    });
  }

  it('leaves a config alone that already lists a leak-check setup file under another path', () => {
    expect(edit('vitest.config.ts', `export default { test: { setupFiles: ['./src/leak-check.setup.js'] } };\n`).status).toBe('unchanged');
  });

  const SUGGESTION_CASES: [string, string, string, RegExp][] = [
    ['a config built by a function call', 'vitest.config.ts', `export default makeConfig({ dom: true });\n`, /the config comes from a call to `makeConfig\(\)`/],
    ['a spread that may already set test', 'vitest.config.ts', `export default defineConfig({ ...base, plugins: [] });\n`, /a `\.\.\.spread` in the config may already set `test`/],
    ['test that is not an object literal', 'vitest.config.ts', `export default defineConfig({ test: sharedTestConfig });\n`, /`test` is not an object literal/],
    ['setupFiles that is not a literal', 'vitest.config.ts', `export default defineConfig({ test: { setupFiles: getSetupFiles() } });\n`, /`test\.setupFiles` is not a string or an array literal|`setupFiles` is not a string or an array literal/],
    ['vitest projects', 'vitest.config.ts', `export default defineConfig({ test: { projects: ['packages/*'] } });\n`, /each project needs the setup file/],
    ['jest projects', 'jest.config.js', `module.exports = { projects: ['<rootDir>/a'] };\n`, /each project needs the setup file in its own `setupFilesAfterEnv`/],
    ['no export', 'vitest.config.ts', `const config = {};\n`, /no `export default` or `module\.exports =`/],
    ['a config required from another file', 'jest.config.js', `module.exports = require('./base.config');\n`, /a call to `require\(\)`/],
    ['a file that does not parse', 'vitest.config.ts', `export default {\n`, /it does not parse/],
  ];
  for (const [name, file, source, message] of SUGGESTION_CASES) {
    it(`suggests instead of editing: ${name}`, () => {
      const result = edit(file, source);
      expect(result.status).toBe('suggestion');
      const text = (result as { message: string }).message;
      expect(text).toMatch(message);
      expect(text).toContain(file.startsWith('jest') ? `setupFilesAfterEnv: ['${JEST_SETUP}']` : `setupFiles: ['${VITEST_SETUP}']`);
    });
  }
});

describe('transforms/add-leak-check (jscodeshift transform)', () => {
  it('edits the config, returns undefined when nothing changes, and reports a suggestion', () => {
    const reports: string[] = [];
    const api = { report: (message: string) => reports.push(message) };
    const source = `export default defineConfig({ test: {} });\n`;
    expect(transform({ path: 'vitest.config.ts', source }, api, {})).toBe(`export default defineConfig({ test: { setupFiles: ['./test/leak-check.setup.ts'] } });\n`);
    expect(transform({ path: 'vitest.config.ts', source }, api, { setupFile: './setup/leaks.setup.ts' })).toBe(
      `export default defineConfig({ test: { setupFiles: ['./setup/leaks.setup.ts'] } });\n`,
    );
    expect(transform({ path: 'jest.config.js', source: `module.exports = {};\n` }, api, {})).toBe(
      `module.exports = { setupFilesAfterEnv: ['<rootDir>/test/leak-check.setup.js'] };\n`,
    );
    expect(transform({ path: 'vitest.config.ts', source: `export default { test: { setupFiles: ['./test/leak-check.setup.ts'] } };\n` }, api, {})).toBeUndefined();
    expect(reports).toEqual([]);
    expect(transform({ path: 'vitest.config.ts', source: `export default load();\n` }, api, {})).toBeUndefined();
    expect(reports).toEqual([expect.stringMatching(/^unleak could not register the leak check in vitest\.config\.ts: the config comes from a call to `load\(\)`/)]);
  });

  it('runs under the stock jscodeshift CLI', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-jscodeshift-'));
    try {
      const config = path.join(dir, 'vitest.config.ts');
      fs.writeFileSync(config, `export default defineConfig({ test: { environment: 'node' } });\n`);
      const bin = path.join(REPO_ROOT, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');
      await new Promise<void>((resolve, reject) =>
        execFile(process.execPath, [bin, '-t', path.join(REPO_ROOT, 'transforms', 'add-leak-check.ts'), '--extensions=ts', '--parser=ts', config], { cwd: REPO_ROOT, timeout: 120_000 }, (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(),
        ),
      );
      expect(fs.readFileSync(config, 'utf8')).toBe(`export default defineConfig({ test: { environment: 'node', setupFiles: ['./test/leak-check.setup.ts'] } });\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function createProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-add-'));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const VITEST_PACKAGE = JSON.stringify({ name: 'app', devDependencies: { vitest: '^4.1.0', unleak: '^0.1.0' } });

describe('addLeakCheck', () => {
  it('creates the setup file in test/ and registers it in vitest.config.ts; a second run changes nothing', () => {
    const dir = createProject({
      'package.json': VITEST_PACKAGE,
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: {\n    environment: 'node',\n  },\n});\n`,
      'test/app.test.ts': '',
    });
    const result = addLeakCheck({ dir });
    expect(result).toEqual({
      framework: 'vitest',
      configFile: path.join(dir, 'vitest.config.ts'),
      config: 'changed',
      setupFile: path.join(dir, 'test', 'leak-check.setup.ts'),
      setup: 'created',
      notes: [],
    });
    expect(fs.readFileSync(path.join(dir, 'vitest.config.ts'), 'utf8')).toBe(
      `import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: {\n    environment: 'node',\n    setupFiles: ['./test/leak-check.setup.ts'],\n  },\n});\n`,
    );
    const setup = fs.readFileSync(path.join(dir, 'test', 'leak-check.setup.ts'), 'utf8');
    expect(setup).toContain(`import * as vitest from 'vitest';\nimport { installLeakCheck } from 'unleak/testing';\n\ninstallLeakCheck({ hooks: vitest });\n`);

    const again = addLeakCheck({ dir });
    expect([again.config, again.setup]).toEqual(['unchanged', 'exists']);
    expect(fs.readFileSync(path.join(dir, 'test', 'leak-check.setup.ts'), 'utf8')).toBe(setup);
  });

  it('jest: a CommonJS setup file, registered with <rootDir>', () => {
    const dir = createProject({
      'package.json': JSON.stringify({ name: 'app', devDependencies: { jest: '^30.0.0' } }),
      'jest.config.js': `module.exports = {\n  testEnvironment: 'node',\n};\n`,
    });
    const result = addLeakCheck({ dir });
    expect([result.framework, result.config, path.relative(dir, result.setupFile)]).toEqual(['jest', 'changed', 'leak-check.setup.js']);
    expect(result.notes).toEqual(['unleak is not in this package\'s dependencies: install it with `npm install --save-dev unleak`.']);
    expect(fs.readFileSync(path.join(dir, 'jest.config.js'), 'utf8')).toBe(
      `module.exports = {\n  testEnvironment: 'node',\n  setupFilesAfterEnv: ['<rootDir>/leak-check.setup.js'],\n};\n`,
    );
    expect(fs.readFileSync(result.setupFile, 'utf8')).toMatch(/\nconst \{ installLeakCheck \} = require\('unleak\/testing'\);\n\ninstallLeakCheck\(\);\n$/);
  });

  it('jest.config.json keeps its indentation', () => {
    const dir = createProject({ 'jest.config.json': `{\n    "verbose": true\n}\n`, 'tests/a.test.js': '' });
    addLeakCheck({ dir });
    expect(fs.readFileSync(path.join(dir, 'jest.config.json'), 'utf8')).toBe(`{\n    "verbose": true,\n    "setupFilesAfterEnv": [\n        "<rootDir>/tests/leak-check.setup.js"\n    ]\n}\n`);
  });

  it('uses vite.config when the project has no vitest.config, and creates vitest.config.mts when it has neither', () => {
    const withVite = createProject({ 'package.json': VITEST_PACKAGE, 'vite.config.js': `export default { plugins: [] };\n` });
    expect(addLeakCheck({ dir: withVite }).configFile).toBe(path.join(withVite, 'vite.config.js'));
    expect(fs.readFileSync(path.join(withVite, 'vite.config.js'), 'utf8')).toBe(`export default { plugins: [], test: { setupFiles: ['./leak-check.setup.js'] } };\n`);

    const bare = createProject({ 'package.json': VITEST_PACKAGE, 'tsconfig.json': '{}' });
    const result = addLeakCheck({ dir: bare });
    expect([result.config, path.basename(result.configFile), path.basename(result.setupFile)]).toEqual(['created', 'vitest.config.mts', 'leak-check.setup.ts']);
    expect(fs.readFileSync(result.configFile, 'utf8')).toBe(
      `import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: {\n    setupFiles: ['./leak-check.setup.ts'],\n  },\n});\n`,
    );
  });

  it('creates the setup file but returns a suggestion when the config cannot be edited', () => {
    const dir = createProject({ 'package.json': VITEST_PACKAGE, 'vitest.config.ts': `export default createConfig(import.meta.url);\n` });
    const result = addLeakCheck({ dir });
    expect([result.config, result.setup]).toEqual(['suggestion', 'created']);
    expect(result.suggestion).toMatch(/could not register the leak check in .*vitest\.config\.ts: the config comes from a call to `createConfig\(\)`\. Add it by hand:\n {2}test: \{\n {4}setupFiles: \['\.\/leak-check\.setup\.ts'\],/);
    expect(fs.readFileSync(path.join(dir, 'vitest.config.ts'), 'utf8')).toBe(`export default createConfig(import.meta.url);\n`);
  });

  it('--dry-run writes nothing', () => {
    const dir = createProject({ 'package.json': VITEST_PACKAGE, 'vitest.config.ts': `export default {};\n` });
    const result = addLeakCheck({ dir, dryRun: true, setupFile: 'spec/leaks.setup.ts' });
    expect([result.config, result.setup, path.relative(dir, result.setupFile)]).toEqual(['changed', 'created', path.join('spec', 'leaks.setup.ts')]);
    expect(fs.readFileSync(path.join(dir, 'vitest.config.ts'), 'utf8')).toBe(`export default {};\n`);
    expect(fs.existsSync(result.setupFile)).toBe(false);
  });

  it('fails when the project has no test runner', () => {
    expect(() => addLeakCheck({ dir: createProject({ 'package.json': '{}' }) })).toThrow(/found no vitest or jest config/);
  });
});

describe('unleak add-leak-check', () => {
  function createIo(cwd: string) {
    const out: string[] = [];
    const err: string[] = [];
    return {
      io: { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, env: {}, cwd },
      out,
      err,
    };
  }

  it('installs, then reports there is nothing left to do', async () => {
    const dir = createProject({ 'package.json': VITEST_PACKAGE, 'vitest.config.ts': `export default defineConfig({ test: {} });\n`, 'test/x.test.ts': '' });
    const first = createIo(dir);
    expect(await main(['add-leak-check'], first.io as never)).toBe(0);
    expect(first.out.join('')).toBe(
      'unleak add-leak-check: created test/leak-check.setup.ts\nunleak add-leak-check: registered it in vitest.config.ts (test.setupFiles)\n',
    );
    const second = createIo(path.dirname(dir));
    expect(await main(['add-leak-check', path.basename(dir)], second.io as never)).toBe(0);
    expect(second.out.join('')).toBe(
      `unleak add-leak-check: kept the existing ${path.basename(dir)}/test/leak-check.setup.ts\nunleak add-leak-check: ${path.basename(dir)}/vitest.config.ts already lists a leak-check setup file\n`,
    );
  });

  it('exits 1 with the suggestion when a manual step is left, 2 on usage errors', async () => {
    const dir = createProject({ 'package.json': VITEST_PACKAGE, 'vitest.config.ts': `export default build();\n` });
    const suggestion = createIo(dir);
    expect(await main(['add-leak-check', '--dry-run'], suggestion.io as never)).toBe(1);
    expect(suggestion.out.join('')).toBe('unleak add-leak-check: would create leak-check.setup.ts\n');
    expect(suggestion.err.join('')).toMatch(/^unleak add-leak-check: unleak could not register the leak check in .*vitest\.config\.ts: the config comes from a call to `build\(\)`/);

    const usage = createIo(dir);
    expect(await main(['add-leak-check', '--nope'], usage.io as never)).toBe(2);
    expect(usage.err.join('')).toMatch(/^unleak add-leak-check: Unknown option '--nope'/);
    const none = createIo(createProject({}));
    expect(await main(['add-leak-check'], none.io as never)).toBe(2);
    const help = createIo(dir);
    expect(await main(['add-leak-check', '--help'], help.io as never)).toBe(0);
    expect(help.out.join('')).toMatch(/^Usage: unleak add-leak-check \[dir\]/);
  });

  it('--help of the main command mentions it', async () => {
    const { io, out } = createIo(REPO_ROOT);
    expect(await main(['--help'], io as never)).toBe(0);
    expect(out.join('')).toContain('add-leak-check [dir]');
  });
});

describe('end to end', () => {
  it('a project set up by add-leak-check fails its leaking test under vitest', async () => {
    await ensureBuilt();
    const dir = createLinkedProject('unleak-add-e2e-', {
      'package.json': VITEST_PACKAGE,
      'vitest.config.mts': `import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: { include: ['test/**/*.test.ts'] },\n});\n`,
      'test/poll.test.ts': `import { it } from 'vitest';
function startPolling() { return setInterval(() => {}, 1000); }
it('clean', () => { clearInterval(startPolling()); });
it('leaky', () => { startPolling(); });
`,
    });
    tempDirs.push(dir);
    expect(addLeakCheck({ dir }).config).toBe('changed');
    const report = path.join(dir, 'report.json');
    await new Promise<void>((resolve) =>
      execFile(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=json', `--outputFile=${report}`], { cwd: dir, timeout: 120_000 }, () => resolve()),
    );
    const results = JSON.parse(fs.readFileSync(report, 'utf8')) as { testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[] };
    const tests = results.testResults.flatMap((file) => file.assertionResults);
    expect(tests.map((test) => `${test.title}: ${test.status}`)).toEqual(['clean: passed', 'leaky: failed']);
    expect(tests[1]!.failureMessages.join('\n')).toContain('created by startPolling');
  }, 180_000);
});
