/**
 * `--shard i/n`: the partition (stable, by repository-relative path, every file exactly once)
 * and sharded runs of the engine, whose merged reports equal the unsharded run — including a
 * cross-file fix, reported whole by the shard that owns the finding's file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, UsageError } from '../../src/engine/run';
import { mergeShardResults } from '../../src/engine/merge-shards';
import { parseShard, shardOfPath } from '../../src/engine/shard';
import type { RunResult } from '../../src/core/finding';
import { initRepo, makeProject } from '../helpers/temp';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The parts of a run that do not depend on the machine. */
function comparable(result: RunResult): unknown {
  const { timings: _timings, jobs: _jobs, ...rest } = result;
  return JSON.parse(JSON.stringify({ ...rest, summary: { ...rest.summary, durationMs: 0 } }));
}

async function runShards(cwd: string, total: number): Promise<RunResult[]> {
  const shards: RunResult[] = [];
  for (let index = 1; index <= total; index++) shards.push(await run({ cwd, shard: { index, total }, jobs: 1 }));
  return shards;
}

describe('parseShard', () => {
  it('reads i/n, 1-based', () => {
    expect(parseShard('1/3')).toEqual({ index: 1, total: 3 });
    expect(parseShard('3/3')).toEqual({ index: 3, total: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, total: 1 });
  });

  it.each([
    ['0/3', 'between 1 and 3'],
    ['4/3', 'between 1 and 3'],
    ['1/0', 'at least 1'],
    ['1-3', 'must look like i/n'],
    ['a/b', 'must look like i/n'],
    ['1/3/4', 'must look like i/n'],
    ['', 'must look like i/n'],
  ])('rejects %j with a message that says why', (text, why) => {
    expect(() => parseShard(text)).toThrow(why);
  });
});

describe('shardOfPath', () => {
  const paths = Array.from({ length: 600 }, (_, i) => `packages/p${i % 7}/src/file-${i}.ts`);

  it('puts every file in exactly one shard, the same one every time, and spreads them', () => {
    for (const total of [1, 2, 3, 5]) {
      const counts = new Array<number>(total).fill(0);
      for (const file of paths) {
        const shard = shardOfPath(file, total);
        expect(shard).toBeGreaterThanOrEqual(1);
        expect(shard).toBeLessThanOrEqual(total);
        expect(shardOfPath(file, total)).toBe(shard);
        counts[shard - 1]!++;
      }
      expect(counts.reduce((a, b) => a + b, 0)).toBe(paths.length);
      // No shard is starved: each gets at least half its fair share.
      for (const count of counts) expect(count).toBeGreaterThan(paths.length / total / 2);
    }
  });

  it('depends on the path, not on the order the files were found in', () => {
    const forward = paths.map((file) => shardOfPath(file, 3));
    const backward = [...paths].reverse().map((file) => shardOfPath(file, 3)).reverse();
    expect(backward).toEqual(forward);
  });
});

describe('sharded runs', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) {
    files[`src/leaky-${i}.ts`] = `export async function load${i}(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n`;
    files[`src/safe-${i}.ts`] = `export const answer${i} = ${i};\n`;
  }
  files['vendor/lib.js'] = 'fetch("/x");\n';

  it('cover every file exactly once, and merge into the unsharded run', async () => {
    const dir = makeProject(files);
    initRepo(dir);
    const whole = await run({ cwd: dir, jobs: 1 });
    const shards = await runShards(dir, 3);
    const reported = shards.flatMap((shard) => [...shard.files.map((file) => file.file), ...shard.skipped.map((entry) => entry.file)]);
    expect(new Set(reported).size).toBe(reported.length);
    expect(shards.reduce((sum, shard) => sum + shard.summary.filesScanned, 0)).toBe(whole.summary.filesScanned);
    for (const shard of shards) expect(shard.summary.filesScanned).toBeGreaterThan(0);
    const merged = mergeShardResults(shards.map((result, i) => ({ name: `shard-${i + 1}.json`, result })));
    expect(comparable(merged)).toEqual(comparable(whole));
  });

  it('partition by the repository-relative path: the same shards from a sub-folder', async () => {
    const dir = makeProject(files);
    initRepo(dir);
    const fromRoot = await run({ cwd: dir, shard: { index: 2, total: 3 }, jobs: 1 });
    const fromSrc = await run({ cwd: path.join(dir, 'src'), paths: ['.'], shard: { index: 2, total: 3 }, jobs: 1 });
    expect(fromSrc.files.map((file) => `src/${file.file}`)).toEqual(fromRoot.files.map((file) => file.file).filter((file) => file.startsWith('src/')));
  });

  it('refuses --write', async () => {
    const dir = makeProject(files);
    await expect(run({ cwd: dir, write: true, allowDirty: true, shard: { index: 1, total: 2 } })).rejects.toThrow(UsageError);
  });

  it('a cross-file fix: the shard that owns the finding reports it whole, collecting on every file', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-shard-')));
    temps.push(dir);
    fs.cpSync(path.resolve(__dirname, '../../__testfixtures__/projects/loop-cancellation/cross-file-options/input'), dir, { recursive: true });
    const whole = await run({ cwd: dir, rules: ['loop-cancellation'], jobs: 1 });
    const crossFile = whole.findings.filter((finding) => (finding.otherFiles?.length ?? 0) > 0);
    expect(crossFile.length).toBeGreaterThan(0);
    for (const total of [2, 3, 4]) {
      const shards: RunResult[] = [];
      for (let index = 1; index <= total; index++) shards.push(await run({ cwd: dir, rules: ['loop-cancellation'], shard: { index, total }, jobs: 1 }));
      for (const finding of crossFile) {
        const owner = shards.filter((shard) => shard.findings.some((f) => f.file === finding.file && f.line === finding.line));
        expect(owner).toHaveLength(1);
        expect(owner[0]!.findings.find((f) => f.file === finding.file && f.line === finding.line)!.otherFiles).toEqual(finding.otherFiles);
      }
      const merged = mergeShardResults(shards.map((result, i) => ({ name: `${i + 1}`, result })));
      expect(comparable(merged)).toEqual(comparable(whole));
    }
  });
});
