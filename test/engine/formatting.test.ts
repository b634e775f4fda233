/**
 * Where unleak does not format, generated lines keep to the project's print width and the
 * run says once that formatting was left to the user.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { makeProject, read } from '../helpers/temp';

// 76 columns before the fix; `, { signal: AbortSignal.timeout(10_000) }` takes it past 100.
const LONG = 'export async function load(id: string) {\n  const res = await fetch(`/api/projects/${id}/members?expand=roles,owners`);\n  return res.json();\n}\n';
const WRAPPED =
  'export async function load(id: string) {\n  const res = await fetch(`/api/projects/${id}/members?expand=roles,owners`, {\n    signal: AbortSignal.timeout(10_000),\n  });\n  return res.json();\n}\n';
const ONE_LINE = LONG.replace('owners`)', 'owners`, { signal: AbortSignal.timeout(10_000) })');
const SHORT = 'export const ping = () => fetch("/p");\n';
const SHORT_FIXED = 'export const ping = () => fetch("/p", { signal: AbortSignal.timeout(10_000) });\n';

describe('formatting left to the user', () => {
  it.each([
    ['Biome', { 'biome.json': '{ "formatter": { "indentStyle": "space" } }' }, 'Biome (biome.json)'],
    ['Biome (jsonc)', { 'biome.jsonc': '{\n  // comments allowed\n  "formatter": { "lineWidth": 100 },\n}\n' }, 'Biome (biome.jsonc)'],
    ['dprint', { 'dprint.json': '{ "lineWidth": 100 }' }, 'dprint (dprint.json)'],
    ['deno fmt', { 'deno.json': '{ "fmt": { "lineWidth": 100 } }' }, 'deno fmt (deno.json)'],
    ['oxfmt', { '.oxfmtrc.json': '{ "printWidth": 100 }' }, 'oxfmt (.oxfmtrc.json)'],
  ])('%s: breaks the added object over the width and says so once', async (_name, config, formatter) => {
    const dir = makeProject({ ...config, 'a.ts': LONG, 'b.ts': LONG, 'c.ts': SHORT });
    const result = await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toBe(WRAPPED);
    expect(read(dir, 'b.ts')).toBe(WRAPPED);
    expect(read(dir, 'c.ts')).toBe(SHORT_FIXED);
    expect(result.notes).toEqual([`formatting left to ${formatter}: run your formatter on the 3 changed files`]);
    // Idempotent: a second run finds nothing to fix and changes nothing.
    const again = await run({ cwd: dir, write: true });
    expect(again.summary.filesChanged).toBe(0);
    expect(again.notes).toEqual([]);
  });

  it('a width the line fits in keeps the fix on one line (dprint defaults to 120)', async () => {
    const dir = makeProject({ 'dprint.json': '{}', 'a.ts': LONG });
    const result = await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toBe(ONE_LINE);
    expect(result.notes).toEqual(['formatting left to dprint (dprint.json): run your formatter on the 1 changed file']);
  });

  it('a shared prettier config named in package.json is not run: width from .editorconfig, one note', async () => {
    const dir = makeProject({
      'package.json': JSON.stringify({ name: 'app', prettier: '@company/prettier-config' }),
      '.editorconfig': 'root = true\n\n[*.ts]\nmax_line_length = 100\n',
      'a.ts': LONG,
      'b.ts': LONG,
    });
    const result = await run({ cwd: dir });
    expect(result.files.map((file) => file.output)).toEqual([WRAPPED, WRAPPED]);
    expect(result.notes).toEqual([
      'formatting left to prettier (package.json, not run: it names a shared config ("@company/prettier-config"), which runs code; allow it with --exec-config): run your formatter on the 2 files the fixes change',
    ]);
  });

  it('no formatter at all: the default width of 80, and no note', async () => {
    const dir = makeProject({ 'a.ts': LONG });
    const result = await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toBe(WRAPPED);
    expect(result.notes).toEqual([]);
  });

  it('a wider .editorconfig max_line_length keeps the fix on one line', async () => {
    const dir = makeProject({ '.editorconfig': '[*]\nmax_line_length = 160\n', 'a.ts': LONG });
    await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toBe(ONE_LINE);
  });
});
