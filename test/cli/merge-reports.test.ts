/**
 * `unleak merge-reports`: the JSON reports of the shards of the examples app merge into a report
 * equal to the unsharded run's in every format; reports that are not the shards of one run are
 * refused with a message that says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { mergeShardResults } from '../../src/engine/merge-shards';
import { createFormatContext, FORMAT_NAMES, formatters } from '../../src/report/index';
import { formatJson } from '../../src/report/json';
import type { RunResult } from '../../src/core/finding';
import { assertBuilt, REPO_ROOT, runCli } from '../helpers/cli';
import { makeProject } from '../helpers/temp';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** Wall times and worker counts differ between runs of anything. */
function withoutClock(result: RunResult): RunResult {
  const timings = Object.fromEntries(Object.keys(result.timings).map((phase) => [phase, 0])) as unknown as RunResult['timings'];
  return { ...result, timings, jobs: 1, summary: { ...result.summary, durationMs: 0 } };
}

/** A shard's run as merge-reports reads it: through its JSON report. */
function throughJson(result: RunResult): RunResult {
  return (JSON.parse(formatJson(result)) as { shard: { run: RunResult } }).shard.run;
}

describe('merge-reports on the examples app', () => {
  let whole: RunResult;
  let merged: RunResult;
  beforeAll(async () => {
    whole = await run({ cwd: EXAMPLES, jobs: 1 });
    const shards: RunResult[] = [];
    for (let index = 1; index <= 3; index++) shards.push(throughJson(await run({ cwd: EXAMPLES, jobs: 1, shard: { index, total: 3 } })));
    for (const shard of shards) expect(shard.findings.length).toBeLessThan(whole.findings.length);
    merged = mergeShardResults(shards.map((result, i) => ({ name: `shard-${i + 1}.json`, result })));
  }, 120_000);

  it.each(FORMAT_NAMES)('%s equals the unsharded run', (format) => {
    // `github` fences its detail block with a random token (github.ts): the same in both.
    const print = (result: RunResult): string =>
      formatters[format]!(withoutClock(result), createFormatContext(result, { maxComments: 1000 })).replace(/unleak-[0-9a-f]{32}/g, 'unleak-TOKEN');
    expect(print(merged)).toBe(print(whole));
  });
});

describe('unleak merge-reports (CLI)', () => {
  beforeAll(() => assertBuilt());
  const project = (): string =>
    makeProject({
      'a.ts': "export async function a(url: string) {\n  return (await fetch(url)).json();\n}\n",
      'b.ts': "export async function b(url: string) {\n  return (await fetch(url)).json();\n}\n",
      'c.ts': "export async function c(url: string) {\n  return (await fetch(url)).json();\n}\n",
      'd.ts': 'export const d = 1;\n',
    });

  it('merges the shards of a run into its sarif, markdown and github-review reports', () => {
    const dir = project();
    for (const index of [1, 2]) expect(runCli(dir, ['--shard', `${index}/2`, '--format', 'json', '--quiet', '-o', `shard-${index}.json`]).code).toBe(0);
    // github-review: the merge applies the format's default minimum confidence, as a run does.
    for (const format of ['sarif', 'markdown', 'github-review']) {
      const merged = runCli(dir, ['merge-reports', 'shard-2.json', 'shard-1.json', '--format', format]);
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(0);
      const whole = runCli(dir, ['--format', format, '--quiet']);
      const clockless = (text: string): string => text.replace(/\d+\.\d+s/g, 'Xs');
      expect(clockless(merged.stdout)).toBe(clockless(whole.stdout));
    }
    const checked = runCli(dir, ['merge-reports', 'shard-1.json', 'shard-2.json', '--format', 'json', '--check']);
    expect(checked.code).toBe(1);
    expect((JSON.parse(checked.stdout) as { summary: { findings: number; filesScanned: number } }).summary).toMatchObject({ findings: 3, filesScanned: 4 });
  });

  it('refuses a missing shard, a shard given twice, a plain report, and shards of different runs', () => {
    const dir = project();
    for (const index of [1, 2, 3]) runCli(dir, ['--shard', `${index}/3`, '--format', 'json', '--quiet', '-o', `s${index}.json`]);
    runCli(dir, ['--shard', '1/2', '--format', 'json', '--quiet', '-o', 'other.json']);
    runCli(dir, ['--format', 'json', '--quiet', '-o', 'plain.json']);
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"shard": ');
    const cases: [string[], string][] = [
      [['s1.json', 's2.json'], 'shard 3/3 missing'],
      [['s1.json', 's2.json', 's2.json', 's3.json'], 'are both shard 2/3'],
      [['s1.json', 's2.json', 'plain.json'], 'plain.json is not the JSON report of a shard'],
      [['s1.json', 'broken.json'], 'broken.json is not JSON'],
      [['s1.json', 'other.json'], 'differ in the number of shards'],
      [['s1.json', 'nope.json'], 'cannot read nope.json'],
      [[], 'give the JSON reports'],
    ];
    for (const [files, message] of cases) {
      const result = runCli(dir, ['merge-reports', ...files]);
      expect(result.code, files.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });

  it('--shard is validated with a clear message', () => {
    const dir = project();
    expect(runCli(dir, ['--shard', '4/3']).stderr).toContain('--shard: "4/3": the shard index must be between 1 and 3');
    expect(runCli(dir, ['--shard', 'two']).stderr).toContain('must look like i/n');
    expect(runCli(dir, ['--shard', '1/2', '--write']).stderr).toContain('cannot be used with --write');
  });
});
