/**
 * The benchmark harness's own logic, without running the benchmark: the median, the PASS/MISS
 * arithmetic against issue 13's targets, the synthetic monorepo's plan and generation, and the
 * parse-floor script on a few files.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the bench scripts, without type declarations
import * as measureModule from '../../bench/measure.mjs';
// @ts-expect-error -- a plain ES module of the bench scripts, without type declarations
import * as syntheticModule from '../../bench/synthetic.mjs';
// @ts-expect-error -- a plain ES module of the bench scripts, without type declarations
import * as targetsModule from '../../bench/targets.mjs';

interface Target {
  max?: number;
  min?: number;
  strict?: boolean;
  label: string;
}
type Verdict = 'PASS' | 'MISS' | 'n/a';
const { median } = measureModule as { median(values: number[]): number };
const { TARGETS, verdict, verdictCell, ratio } = targetsModule as {
  TARGETS: Record<string, Target>;
  verdict(value: number | null | undefined, target: Target): Verdict;
  verdictCell(checks: { value: number | null; target: Target }[]): string;
  ratio(a: number | null, b: number | null): number | null;
};
const { planMonorepo, materializeMonorepo, copyPrefix } = syntheticModule as {
  planMonorepo(files: string[], count: number): { from: string; to: string }[];
  materializeMonorepo(
    filesDir: string,
    outDir: string,
    files: string[],
    count: number,
    options?: { git?: boolean },
  ): { files: number; bytes: number; generated: boolean };
  copyPrefix(k: number): string;
};

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([3.1, 0.9, 1.2])).toBe(1.2);
    expect(median([5, 1, 4, 2, 3])).toBe(3);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('does not reorder its argument', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('PASS/MISS against the targets', () => {
  it('passes at the limit of an inclusive target and misses just above it', () => {
    expect(verdict(1000, TARGETS.warmWallMs)).toBe('PASS');
    expect(verdict(1001, TARGETS.warmWallMs)).toBe('MISS');
    expect(verdict(1500, TARGETS.coldWallMs)).toBe('PASS');
    expect(verdict(1600, TARGETS.coldWallMs)).toBe('MISS');
    expect(verdict(250, TARGETS.rssMb)).toBe('PASS');
    expect(verdict(250.5, TARGETS.rssMb)).toBe('MISS');
  });

  it('misses a strict target at its limit (RSS < 1 GB)', () => {
    expect(verdict(1023.9, TARGETS.bigRssMb)).toBe('PASS');
    expect(verdict(1024, TARGETS.bigRssMb)).toBe('MISS');
  });

  it('checks a minimum (linear growth) from below', () => {
    expect(verdict(0.8, TARGETS.linearRateShare)).toBe('PASS');
    expect(verdict(1.3, TARGETS.linearRateShare)).toBe('PASS');
    expect(verdict(0.79, TARGETS.linearRateShare)).toBe('MISS');
  });

  it('says n/a when there is no figure instead of passing it', () => {
    expect(verdict(null, TARGETS.rssMb)).toBe('n/a');
    expect(verdict(undefined, TARGETS.rssMb)).toBe('n/a');
    expect(verdict(Number.NaN, TARGETS.rssMb)).toBe('n/a');
  });

  it('computes the oxlint ratio and checks it against ≤ 2×', () => {
    expect(verdict(ratio(1900, 1000), TARGETS.oxlintRatio)).toBe('PASS');
    expect(verdict(ratio(2100, 1000), TARGETS.oxlintRatio)).toBe('MISS');
    expect(ratio(1000, 0)).toBeNull();
    expect(ratio(null, 1000)).toBeNull();
    expect(verdict(ratio(1000, null), TARGETS.oxlintRatio)).toBe('n/a');
  });

  it('lists every target of a row with its verdict', () => {
    expect(
      verdictCell([
        { value: 900, target: TARGETS.warmWallMs },
        { value: 300, target: TARGETS.rssMb },
      ]),
    ).toBe('wall ≤ 1.0 s PASS, RSS ≤ 250 MB MISS');
  });
});

describe('the synthetic monorepo', () => {
  const corpus = Array.from({ length: 4092 }, (_, i) => `pkg${i % 14}/lib/file-${i}.js`);

  it('plans exactly the asked number of files, each path once', () => {
    const plan = planMonorepo(corpus, 50_000);
    expect(plan).toHaveLength(50_000);
    expect(new Set(plan.map((entry) => entry.to)).size).toBe(50_000);
  });

  it('copies every corpus file, whole copies first, each copy under its own prefix', () => {
    const plan = planMonorepo(corpus, 50_000);
    const copies = Math.ceil(50_000 / corpus.length);
    expect(new Set(plan.map((entry) => entry.from)).size).toBe(corpus.length);
    expect(plan.slice(0, corpus.length).map((entry) => entry.from)).toEqual(corpus);
    for (let k = 0; k < copies; k++) expect(plan[k * corpus.length].to).toBe(`${copyPrefix(k)}/${corpus[0]}`);
    expect(new Set(Array.from({ length: copies }, (_, k) => copyPrefix(k))).size).toBe(copies);
  });

  it('varies the package paths (names and depth)', () => {
    const prefixes = Array.from({ length: 13 }, (_, k) => copyPrefix(k));
    expect(new Set(prefixes.map((prefix) => prefix.split('/')[0]))).toEqual(new Set(['packages', 'apps']));
    expect(new Set(prefixes.map((prefix) => prefix.split('/').length)).size).toBeGreaterThan(1);
  });

  it('plans fewer files than one copy when asked', () => {
    expect(planMonorepo(corpus, 10).map((entry) => entry.from)).toEqual(corpus.slice(0, 10));
  });

  it('refuses an empty corpus or a count that is not a positive integer', () => {
    expect(() => planMonorepo([], 10)).toThrow(/no corpus files/);
    expect(() => planMonorepo(corpus, 0)).toThrow(/positive integer/);
    expect(() => planMonorepo(corpus, 2.5)).toThrow(/positive integer/);
  });

  describe('on disk', () => {
    let scratch: string | undefined;
    afterEach(() => {
      if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
      scratch = undefined;
    });

    it('writes the planned files once and reuses them on the next call', () => {
      scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-bench-synthetic-'));
      const source = path.join(scratch, 'corpus');
      const files = ['a/one.js', 'a/two.ts', 'b/three.tsx'];
      for (const file of files) {
        fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
        fs.writeFileSync(path.join(source, file), `export const name = ${JSON.stringify(file)};\n`);
      }
      const out = path.join(scratch, 'monorepo');
      const first = materializeMonorepo(source, out, files, 7, { git: false });
      expect(first.generated).toBe(true);
      expect(first.files).toBe(7);
      const written = planMonorepo(files, 7).map((entry) => entry.to);
      for (const file of written) expect(fs.existsSync(path.join(out, file))).toBe(true);
      expect(first.bytes).toBe(written.reduce((sum, file) => sum + fs.statSync(path.join(out, file)).size, 0));
      expect(fs.readFileSync(path.join(out, written[3]), 'utf8')).toBe(fs.readFileSync(path.join(source, files[0]), 'utf8'));

      // A package of its own, so the corpus package's walks stop at it
      expect(JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8'))).toEqual({ name: 'synthetic-monorepo', private: true });

      const second = materializeMonorepo(source, out, files, 7, { git: false });
      expect(second).toEqual({ files: 7, bytes: first.bytes, generated: false });

      // One left by an older bench, without its package.json: made again
      fs.rmSync(path.join(out, 'package.json'));
      expect(materializeMonorepo(source, out, files, 7, { git: false }).generated).toBe(true);

      const other = materializeMonorepo(source, out, files, 5, { git: false });
      expect(other.generated).toBe(true);
      expect(fs.existsSync(path.join(out, written[6]))).toBe(false);
    });
  });
});

describe('the parse floor (bench/parse-floor.mjs)', () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it('parses exactly the files some prefilter admits, and says how long the parse took', () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-bench-floor-'));
    const files: Record<string, string> = {
      // admitted: timer-cleanup's and fetch-timeout's tokens
      'a/poll.js': 'export function poll() { setInterval(() => {}, 1000); }\n',
      'b/get.ts': 'export async function get(url: string) { return fetch(url); }\n',
      // not admitted by any rule: never parsed
      'c/plain.js': 'export const answer = 42;\n',
      // admitted, and does not parse: counted as a parse error, the run goes on
      'd/broken.js': 'setTimeout(() => {\n',
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      fs.writeFileSync(path.join(scratch, file), text);
    }
    const root = path.resolve(__dirname, '..', '..');
    const output = execFileSync(process.execPath, [path.join(root, 'bench', 'parse-floor.mjs'), root, scratch], { encoding: 'utf8' });
    const floor = JSON.parse(output) as { read: number; parsed: number; bytes: number; parseErrors: number; parseMs: number; parseAgainMs: number };
    expect(floor.read).toBe(4);
    expect(floor.parsed).toBe(3);
    expect(floor.parseErrors).toBe(1);
    expect(floor.bytes).toBe(Buffer.byteLength(files['a/poll.js']! + files['b/get.ts']! + files['d/broken.js']!));
    expect(floor.parseMs).toBeGreaterThan(0);
    expect(floor.parseAgainMs).toBeGreaterThan(0);
  });
});
