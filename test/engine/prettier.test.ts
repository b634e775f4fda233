import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { makeProject, read } from '../helpers/temp';

// A one-line init that grows past printWidth once the fix adds the signal.
const CLEAN = 'export async function load(url: string) {\n  const res = await fetch(url, { method: "POST", headers: { "x-requested-with": "unleak" } });\n  return res.json();\n}\n';
const CLEAN_FIXED_BY_PRETTIER =
  'export async function load(url: string) {\n  const res = await fetch(url, {\n    method: "POST",\n    headers: { "x-requested-with": "unleak" },\n    signal: AbortSignal.timeout(10_000),\n  });\n  return res.json();\n}\n';

// With no width of its own the config leaves generated lines alone (the editorconfig allows 200
// columns), while prettier would break the line at its default 80: the one-line fix shows that
// prettier did not run.
const WIDE = { '.editorconfig': '[*]\nmax_line_length = 200\n' };
const ONE_LINE = 'signal: AbortSignal.timeout(10_000) });';

describe('prettier on changed files', () => {
  it('formats a changed file that was prettier-clean, with the JSON config', async () => {
    const dir = makeProject({ '.prettierrc': '{ "printWidth": 100 }\n', 'a.ts': CLEAN });
    await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toBe(CLEAN_FIXED_BY_PRETTIER);
  });

  it("writes the trailing commas of the project's own prettier: none after the last call argument with prettier 2, where the config does not say", async () => {
    // A call broken over lines: prettier 3 ends its arguments with a comma, prettier 2 ("es5") does not.
    const source = 'async function load(key: string, other: string): Promise<void> {}\n\nexport function go() {\n  load("a-rather-long-key-that-fills-the-line", "another-long-key");\n}\n';
    const lock = (version: string) => JSON.stringify({ name: 'x', lockfileVersion: 3, packages: { '': { name: 'x' }, 'node_modules/prettier': { version } } });
    const two = makeProject({ '.prettierrc.json': '{ "printWidth": 80 }\n', 'package-lock.json': lock('2.8.8'), 'a.ts': source });
    await run({ cwd: two, write: true, unsafe: true });
    expect(read(two, 'a.ts')).toContain('.catch(\n    (error) => console.error(error)\n  );');
    const three = makeProject({ '.prettierrc.json': '{ "printWidth": 80 }\n', 'package-lock.json': lock('3.3.3'), 'a.ts': source });
    await run({ cwd: three, write: true, unsafe: true });
    expect(read(three, 'a.ts')).toContain('.catch(\n    (error) => console.error(error),\n  );');
    // The config's own setting wins
    const set = makeProject({ '.prettierrc.json': '{ "printWidth": 80, "trailingComma": "all" }\n', 'package-lock.json': lock('2.8.8'), 'a.ts': source });
    await run({ cwd: set, write: true, unsafe: true });
    expect(read(set, 'a.ts')).toContain('.catch(\n    (error) => console.error(error),\n  );');
  });

  it('reads YAML and TOML configs and package.json "prettier", applying overrides', async () => {
    const yaml = makeProject({ '.prettierrc.yaml': 'printWidth: 100\noverrides:\n  - files: "*.ts"\n    options:\n      singleQuote: false\n', 'a.ts': CLEAN });
    await run({ cwd: yaml, write: true });
    expect(read(yaml, 'a.ts')).toBe(CLEAN_FIXED_BY_PRETTIER);
    const toml = makeProject({ '.prettierrc.toml': 'printWidth = 100\n', 'a.ts': CLEAN });
    await run({ cwd: toml, write: true });
    expect(read(toml, 'a.ts')).toBe(CLEAN_FIXED_BY_PRETTIER);
    const pkg = makeProject({ 'package.json': JSON.stringify({ name: 'x', prettier: { printWidth: 100 } }), 'a.ts': CLEAN });
    await run({ cwd: pkg, write: true });
    expect(read(pkg, 'a.ts')).toBe(CLEAN_FIXED_BY_PRETTIER);
  });

  it("takes .editorconfig's max_line_length as printWidth when the config sets none, as prettier does", async () => {
    // Prettier-clean at 120 columns, not at prettier's default 80 (the LIMITS line): without the
    // editorconfig width the check fails and the chain keeps unleak's own layout.
    const source = 'export const LIMITS = [100000, 200000, 300000, 400000, 500000, 600000, 700000, 800000, 900000];\n\nasync function load() {}\n\nexport function go() {\n  load().then(() => {\n    console.log("done");\n  });\n}\n';
    const dir = makeProject({ '.editorconfig': '[*]\nmax_line_length = 120\n', '.prettierrc.json': '{ "semi": true }\n', 'a.ts': source });
    await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toContain('  void load()\n    .then(() => {\n      console.log("done");\n    })\n    .catch((error) => console.error(error));\n');
  });

  it('leaves the file alone when it was not prettier-clean before, keeping the generated lines within printWidth', async () => {
    const messy = CLEAN.replace('const res', 'const   res');
    const dir = makeProject({ '.prettierrc': '{ "printWidth": 100 }\n', 'a.ts': messy });
    const result = await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toBe(CLEAN_FIXED_BY_PRETTIER.replace('const res', 'const   res'));
    expect(result.notes).toEqual([]);
  });

  it('does nothing without a prettier config, or with --no-prettier', async () => {
    const none = makeProject({ ...WIDE, 'a.ts': CLEAN });
    await run({ cwd: none, write: true });
    expect(read(none, 'a.ts')).toContain(ONE_LINE);
    const off = makeProject({ ...WIDE, '.prettierrc': '{ "semi": true }\n', 'a.ts': CLEAN });
    const result = await run({ cwd: off, write: true, prettier: false });
    expect(read(off, 'a.ts')).toContain(ONE_LINE);
    expect(result.notes).toEqual([
      'formatting left to prettier (.prettierrc, not run: prettier is turned off): run your formatter on the 1 changed file',
    ]);
  });

  it('never runs a JavaScript config or plugins without --exec-config', async () => {
    const marker = `globalThis.__unleakPrettierConfigRan = true;\nmodule.exports = { printWidth: 100 };\n`;
    const dir = makeProject({ ...WIDE, 'prettier.config.cjs': marker, 'a.ts': CLEAN });
    const result = await run({ cwd: dir, write: true });
    expect((globalThis as Record<string, unknown>).__unleakPrettierConfigRan).toBeUndefined();
    expect(read(dir, 'a.ts')).toContain(ONE_LINE);
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual([
      'formatting left to prettier (prettier.config.cjs, not run: it is a JavaScript config that is not one literal object, which runs code; allow it with --exec-config): run your formatter on the 1 changed file',
    ]);
    const plugins = makeProject({ '.prettierrc.json': '{ "printWidth": 100, "plugins": ["./evil-plugin.cjs"] }', 'evil-plugin.cjs': marker, 'a.ts': CLEAN });
    await run({ cwd: plugins, write: true });
    expect((globalThis as Record<string, unknown>).__unleakPrettierConfigRan).toBeUndefined();
    expect(read(plugins, 'a.ts')).toBe(CLEAN_FIXED_BY_PRETTIER);
  });

  it('reads a JavaScript config that is one literal object as data, without --exec-config', async () => {
    const dir = makeProject({ 'prettier.config.cjs': 'module.exports = { printWidth: 100 };\n', 'a.ts': CLEAN });
    const result = await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toBe(CLEAN_FIXED_BY_PRETTIER);
    expect(result.notes).toEqual([]);
  });

  it('uses a JavaScript config with --exec-config', async () => {
    const dir = makeProject({ 'prettier.config.cjs': 'module.exports = { printWidth: 100 };\n', 'a.ts': CLEAN });
    await run({ cwd: dir, write: true, execConfig: true });
    expect(read(dir, 'a.ts')).toBe(CLEAN_FIXED_BY_PRETTIER);
  });

  it('respects .prettierignore', async () => {
    const dir = makeProject({ ...WIDE, '.prettierrc': '{ "semi": true }\n', '.prettierignore': 'a.ts\n', 'a.ts': CLEAN });
    await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toContain(ONE_LINE);
  });
});
