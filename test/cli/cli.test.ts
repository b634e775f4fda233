import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../transforms/index';
import { assertBuilt, runCli } from '../helpers/cli';
import { makeProject, read } from '../helpers/temp';

const LEAKY = "export async function load(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n";

beforeAll(() => assertBuilt());

describe('unleak CLI', () => {
  it('--help and --version', () => {
    const dir = makeProject({});
    const help = runCli(dir, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: unleak [options] [paths...]');
    expect(help.stdout).toContain('--write');
    const version = runCli(dir, ['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('--list-rules lists every registered rule', () => {
    const out = runCli(makeProject({}), ['--list-rules']);
    expect(out.code).toBe(0);
    for (const rule of rules) expect(out.stdout).toContain(rule.meta.id);
  });

  it('dry run by default: exit 0, pretty report, nothing written', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY });
    const out = runCli(dir, []);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('src/a.ts');
    expect(out.stdout).toContain('2:21');
    expect(out.stdout).toContain('fetch-timeout');
    expect(out.stdout).toMatch(/1 file would change/);
    expect(out.stdout).toContain('Run with --write');
    expect(read(dir, 'src/a.ts')).toBe(LEAKY);
  });

  it('--format json follows the contract', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY, 'src/b.ts': 'export {};\n' });
    const out = runCli(dir, ['--format', 'json']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.tool).toEqual({ name: 'unleak', version: expect.any(String) });
    expect(json.summary).toMatchObject({ filesScanned: 2, filesWithFindings: 1, filesChanged: 1, findings: 1, errors: 0, durationMs: expect.any(Number) });
    expect(json.findings).toEqual([
      {
        rule: 'fetch-timeout',
        file: 'src/a.ts',
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 31,
        message: expect.any(String),
        fix: 'auto',
        confidence: 'high',
        fixDescription: expect.any(String),
      },
    ]);
    expect(json.summary.confidence).toEqual({ high: 1, medium: 0, low: 0 });
    expect(json.summary).not.toHaveProperty('findingsBelowConfidence');
    expect(json.errors).toEqual([]);
  });

  it('--check exits 1 with findings and 0 without', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY });
    expect(runCli(dir, ['--check']).code).toBe(1);
    const clean = makeProject({ 'src/a.ts': 'export {};\n' });
    expect(runCli(clean, ['--check']).code).toBe(0);
  });

  it('--write fixes, and a second run changes nothing', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY });
    const first = runCli(dir, ['--write']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('1 file written');
    const fixed = read(dir, 'src/a.ts');
    expect(fixed).toContain('AbortSignal.timeout(10_000)');
    const second = runCli(dir, ['--write', '--check']);
    expect(second.code).toBe(0);
    expect(read(dir, 'src/a.ts')).toBe(fixed);
  });

  it('--output writes the report to a file', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY });
    const out = runCli(dir, ['--format', 'json', '--output', 'reports/unleak.json']);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'reports/unleak.json'), 'utf8')).summary.findings).toBe(1);
  });

  it('usage errors exit 2 with a clear message', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY });
    const cases: [string[], RegExp][] = [
      [['--frobnicate'], /Unknown option '--frobnicate'/],
      [['--format', 'xml'], /unknown format "xml"/],
      [['--rules', 'nope'], /unknown rule "nope"/],
      [['--rules', 'fetch-timeout', '--skip-rules', 'fetch-timeout'], /both name fetch-timeout/],
      [['--jobs', '0'], /--jobs/],
      [['--allow-dirty'], /only makes sense with --write/],
      [['--list-rules', 'src'], /--list-rules/],
      [['does-not-exist'], /no such file/],
      [['--rule-option', 'fetch-timeout.timeoutMs=soon'], /must be a number/],
      [['--config', 'missing.json'], /config file not found/],
    ];
    for (const [args, message] of cases) {
      const out = runCli(dir, args);
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('--rule-option sets a rule option', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY });
    runCli(dir, ['--write', '--rule-option', 'fetch-timeout.timeoutMs=2500']);
    expect(read(dir, 'src/a.ts')).toContain('AbortSignal.timeout(2_500)');
  });

  it('reports unparseable files and goes on (exit 0, or 1 with --check)', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY, 'src/broken.ts': 'fetch(url);\nconst = ;\n' });
    const out = runCli(dir, ['--format', 'json']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.errors).toEqual([expect.objectContaining({ file: 'src/broken.ts', kind: 'parse' })]);
    expect(json.findings).toHaveLength(1);
    expect(runCli(dir, ['--check']).code).toBe(1);
  });

  it('--jobs 2 gives the same findings as --jobs 1', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`src/f${i}.ts`] = i % 3 === 0 ? LEAKY : `export const v${i} = ${i};\n`;
    const dir = makeProject(files);
    // --no-types: files that need types stay in the main thread, and these all mention fetch.
    const one = JSON.parse(runCli(dir, ['--format', 'json', '--jobs', '1', '--no-types']).stdout);
    const two = JSON.parse(runCli(dir, ['--format', 'json', '--jobs', '2', '--no-types']).stdout);
    expect(one.jobs).toBe(1);
    expect(two.jobs).toBe(2);
    expect(two.findings).toEqual(one.findings);
    expect({ ...two.summary, durationMs: 0 }).toEqual({ ...one.summary, durationMs: 0 });
    expect(one.summary.findings).toBe(14);
    // With types: the same findings, the typed files processed in the main thread.
    const typed = JSON.parse(runCli(dir, ['--format', 'json', '--jobs', '2']).stdout);
    expect(typed.findings).toEqual(one.findings);
  }, 120_000);

  it('shows no progress bar when stderr is not a TTY', () => {
    const dir = makeProject({ 'src/a.ts': LEAKY });
    expect(runCli(dir, []).stderr).toBe('');
  });
});
