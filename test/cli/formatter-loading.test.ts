/**
 * The CLI loads the formatter of the format it prints, not all nine (src/report/formats.ts);
 * what it loads prints what the API's `formatters` print.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import type { RunResult } from '../../src/core/finding';
import { createFormatContext, FORMAT_NAMES, formatters, loadFormatter } from '../../src/report/index';
import { assertBuilt, BIN } from '../helpers/cli';
import { makeProject } from '../helpers/temp';

const PROBE = path.resolve(__dirname, '../helpers/module-load-probe.cjs');
const LEAKY = "export async function load(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n";

/** The report modules (`dist/src/report/*.js`) and packages a CLI run loaded. */
function loadedBy(cwd: string, args: string[]): string[] {
  const out = path.join(cwd, '.probe.json');
  const result = spawnSync(process.execPath, ['-r', PROBE, BIN, '.', '--quiet', ...args], { cwd, encoding: 'utf8', env: { ...process.env, UNLEAK_LOAD_PROBE: out }, timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
  const modules = JSON.parse(fs.readFileSync(out, 'utf8')) as string[];
  fs.rmSync(out);
  return modules.flatMap((file) => {
    const report = /[\\/]dist[\\/]src[\\/]report[\\/]([\w-]+)\.js$/.exec(file);
    if (report) return [report[1]!];
    const dependency = /[\\/]node_modules[\\/](diff|picocolors)[\\/]/.exec(file);
    return dependency ? [dependency[1]!] : [];
  });
}

describe('formatter loading', () => {
  beforeAll(() => assertBuilt());

  it('--format json loads the json formatter only; --format sarif the sarif one', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY });
    const formatterModules = FORMAT_NAMES;
    const json = loadedBy(dir, ['--format', 'json']);
    expect(json).toContain('json');
    expect(json.filter((name) => formatterModules.includes(name) && name !== 'json')).toEqual([]);
    expect(json).not.toContain('diff');
    const sarif = loadedBy(dir, ['--format', 'sarif']);
    expect(sarif.filter((name) => formatterModules.includes(name))).toEqual(['sarif']);
  }, 60_000);

  it('each loaded formatter prints what `formatters` prints', async () => {
    const dir = makeProject({ 'src/a.ts': LEAKY, 'src/b.ts': 'export function start(tick: () => void) {\n  setInterval(tick, 1000);\n}\n' });
    const result: RunResult = await run({ cwd: dir, jobs: 1 });
    expect(Object.keys(formatters)).toEqual([...FORMAT_NAMES]);
    for (const format of FORMAT_NAMES) {
      const context = createFormatContext(result, { maxComments: 1000 });
      // `github` fences its detail block with a random token (github.ts).
      const print = (formatter: (r: RunResult, c: typeof context) => string): string => formatter(result, context).replace(/unleak-[0-9a-f]{32}/g, 'unleak-TOKEN');
      expect(print(await loadFormatter(format)!), format).toBe(print(formatters[format]!));
    }
    expect(loadFormatter('yaml')).toBeUndefined();
  });
});
