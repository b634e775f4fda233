/**
 * Fixes follow the project's ESLint style as its config says (src/engine/lint-style.ts): no
 * `void` under `eslint-config-standard`, braces under `curly: 'error'`, `error =>` under
 * `arrow-parens: as-needed` — and the fixed file is clean for unleak on a second run.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { makeProject, read } from '../helpers/temp';

const DROPPED = 'async function save () {}\n\nexport function go () {\n  save()\n}\n';
/** Given a signal: its handler ignores an AbortError, in an `if` (braces under `curly`). */
const DROPPED_WITH_SIGNAL = 'async function save (signal) {}\n\nexport function go (signal) {\n  save(signal)\n}\n';

describe('fixes in the project lint style', () => {
  it('no `void` where eslint-config-standard forbids it; a second run changes nothing', async () => {
    const dir = makeProject({ '.eslintrc.json': '{ "extends": ["standard"] }', 'src/a.js': DROPPED });
    const result = await run({ cwd: dir, write: true });
    expect(result.findings.map((f) => `${f.line} ${f.rule} ${f.fix} ${f.fixDescription}`)).toEqual(['4 unconsumed-promise auto … .catch(console.error)']);
    expect(read(dir, 'src/a.js')).toBe('async function save () {}\n\nexport function go () {\n  save().catch((error) => console.error(error))\n}\n');
    const second = await run({ cwd: dir, write: true });
    expect(second.findings).toEqual([]);
  });

  it('braces and `error =>` where the config asks for them; `void` where nothing forbids it', async () => {
    const config = "const ERROR = 2;\nmodule.exports = { rules: { curly: ERROR, 'arrow-parens': [ERROR, 'as-needed'] } };\n";
    const dir = makeProject({ '.eslintrc.js': config, 'src/a.js': DROPPED_WITH_SIGNAL });
    await run({ cwd: dir, write: true });
    expect(read(dir, 'src/a.js')).toBe("async function save (signal) {}\n\nexport function go (signal) {\n  void save(signal).catch(error => {\n    if (error?.name !== 'AbortError') { console.error(error) }\n  })\n}\n");
    const plain = makeProject({ '.eslintrc.js': config, 'src/a.js': DROPPED });
    await run({ cwd: plain, write: true });
    expect(read(plain, 'src/a.js')).toBe('async function save () {}\n\nexport function go () {\n  void save().catch(error => console.error(error))\n}\n');
  });

  it("a timer's guarded release gets braces under curly", async () => {
    const animator = 'export class Animator {\n  start(): void {\n    requestAnimationFrame(() => this.draw());\n  }\n\n  draw(): void {}\n\n  dispose(): void {}\n}\n';
    const dir = makeProject({ '.eslintrc.json': '{ "rules": { "curly": "error" } }', 'src/a.ts': animator });
    await run({ cwd: dir, write: true });
    expect(read(dir, 'src/a.ts')).toContain('  dispose(): void {\n    if (this.frameId !== undefined) { cancelAnimationFrame(this.frameId); }\n  }\n');
    const plain = makeProject({ 'src/a.ts': animator });
    await run({ cwd: plain, write: true });
    expect(read(plain, 'src/a.ts')).toContain('    if (this.frameId !== undefined) cancelAnimationFrame(this.frameId);\n');
  });

  it('the default handler is a suggestion where no-console forbids console.error, and says why', async () => {
    const dir = makeProject({ 'eslint.config.mjs': 'export default [{ rules: { "no-console": "error" } }];\n', 'src/a.js': DROPPED });
    const result = await run({ cwd: dir });
    expect(result.findings.map((f) => `${f.line} ${f.fix}`)).toEqual(['4 suggestion']);
    expect(result.findings[0]!.message).toContain("The project's lint forbids `console` (no-console (eslint.config.mjs))");
  });

  it('fixes are suggestions where the project turns no-floating-promises off, and say so; a setting that is on anywhere keeps them automatic', async () => {
    const off = makeProject({ 'client/.eslintrc.json': '{ "rules": { "@typescript-eslint/no-floating-promises": "off" } }', 'client/src/a.js': DROPPED });
    const result = await run({ cwd: off, write: true });
    expect(result.findings.map((f) => `${f.file} ${f.line} ${f.fix}`)).toEqual(['client/src/a.js 4 suggestion']);
    expect(result.findings[0]!.message).toContain("The project's lint turns no-floating-promises (client/.eslintrc.json) off");
    expect(read(off, 'client/src/a.js')).toBe(DROPPED);
    // jellyfin-web's shape: on for TypeScript files, off for legacy JS (the config sets it per `files` block)
    const perFiles = "export default [\n  { files: ['**/*.ts'], rules: { '@typescript-eslint/no-floating-promises': 'error' } },\n  { files: ['**/*.js'], rules: { '@typescript-eslint/no-floating-promises': 'off' } },\n];\n";
    const mixed = makeProject({ 'eslint.config.mjs': perFiles, 'src/a.js': DROPPED });
    expect((await run({ cwd: mixed })).findings.map((f) => f.fix)).toEqual(['auto']);
  });

  it("no trailing comma after the last call argument where the formatter's trailingComma is es5", async () => {
    const source = 'async function saveEverything(a, b) {}\n\nexport function go(first, second) {\n  saveEverything(first, second)\n}\n';
    const es5 = makeProject({ 'biome.json': '{ "formatter": { "lineWidth": 50 }, "javascript": { "formatter": { "trailingCommas": "es5" } } }', 'src/a.js': source });
    await run({ cwd: es5, write: true });
    expect(read(es5, 'src/a.js')).toContain('  void saveEverything(first, second).catch(\n    (error) => console.error(error)\n  )\n');
    const all = makeProject({ 'biome.json': '{ "formatter": { "lineWidth": 50 }, "javascript": { "formatter": { "trailingCommas": "all" } } }', 'src/a.js': source });
    await run({ cwd: all, write: true });
    expect(read(all, 'src/a.js')).toContain('    (error) => console.error(error),\n  )\n');
  });

  it("a generated release loop gets braces under curly: 'error'", async () => {
    const effect = "import { useEffect } from 'react';\n\nexport function useTickers(items) {\n  useEffect(() => {\n    for (const item of items) {\n      setInterval(() => item.tick(), 1000);\n    }\n  }, [items]);\n}\n";
    const dir = makeProject({ '.eslintrc.json': '{ "rules": { "curly": "error" } }', 'src/a.js': effect });
    await run({ cwd: dir, write: true });
    expect(read(dir, 'src/a.js')).toContain('    return () => {\n      for (const intervalId of intervalIds) {\n        clearInterval(intervalId);\n      }\n    };\n');
    const second = await run({ cwd: dir, write: true });
    expect(second.summary.filesChanged).toBe(0);
  });
});
