/**
 * TypeScript is loaded only when a rule asks the type layer: a run of syntactic rules, a run
 * with --no-types and a run where no file passes a types-needing rule's prefilter never load
 * ts-morph or typescript (spawns the built CLI with a probe that lists the loaded modules).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN } from '../helpers/cli';
import { makeProject } from '../helpers/temp';

const PROBE = path.resolve(__dirname, '../helpers/module-load-probe.cjs');

function loadedTypeScript(cwd: string, args: string[]): boolean {
  const out = path.join(cwd, '.probe.json');
  const result = spawnSync(process.execPath, ['-r', PROBE, BIN, '.', '--format', 'json', '--quiet', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, UNLEAK_LOAD_PROBE: out },
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  const modules = JSON.parse(fs.readFileSync(out, 'utf8')) as string[];
  fs.rmSync(out);
  return modules.some((file) => /[\\/]node_modules[\\/](ts-morph|typescript|@ts-morph)[\\/]/.test(file));
}

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [] }, include: ['src'] });

describe('type layer loading', () => {
  beforeAll(() => assertBuilt());

  const withAsync = (): string =>
    makeProject({
      'tsconfig.json': TSCONFIG,
      'src/store.ts': 'export class Store {\n  save(): Promise<void> {\n    return Promise.resolve();\n  }\n}\n',
      'src/main.ts': "import { Store } from './store';\n\nexport async function main(): Promise<void> {\n  new Store().save();\n  setInterval(() => {}, 1000);\n}\n",
    });

  it('a run of syntactic rules only never loads TypeScript', () => {
    expect(loadedTypeScript(withAsync(), ['--rules', 'timer-cleanup'])).toBe(false);
  }, 60_000);

  it('--no-types never loads TypeScript', () => {
    expect(loadedTypeScript(withAsync(), ['--no-types'])).toBe(false);
  });

  it('no file passing unconsumed-promise prefilter: TypeScript is not loaded', () => {
    const dir = makeProject({ 'tsconfig.json': TSCONFIG, 'src/main.ts': 'export function main(): void {\n  setInterval(() => {}, 1000);\n}\n' });
    expect(loadedTypeScript(dir, [])).toBe(false);
  });

  it("files without a tsconfig over the inferred program's size limit: TypeScript is not loaded", () => {
    // Three files of about 0.8 MB each: past the 2 MB an inferred program takes (MAX_INFERRED_BYTES)
    const padding = `// ${'x'.repeat(98)}\n`.repeat(8_000);
    // (`store.save()`: a call only the checker could tell a promise, so the layer is asked)
    const file = (name: string): string => `${padding}export async function ${name}() {}\nexport function start(store) {\n  store.save();\n}\n`;
    const dir = makeProject({ 'src/a.js': file('a'), 'src/b.js': file('b'), 'src/c.js': file('c') });
    expect(loadedTypeScript(dir, [])).toBe(false);
  }, 60_000);

  it('a file unconsumed-promise asks about: TypeScript is loaded (the probe sees it)', () => {
    expect(loadedTypeScript(withAsync(), [])).toBe(true);
  }, 120_000);
});
