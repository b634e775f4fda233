import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SourceText } from '../../src/core/source-text';
import { createFormatContext } from '../../src/report/context';
import { formatDiff } from '../../src/report/diff';
import { createFixtureRepository, getReportFixture, HTML_FILE, removeFixture, runFixture, runGitIn, type ReportFixture } from './fixture';

let fixture: ReportFixture;
let patch: string;

beforeAll(async () => {
  fixture = await getReportFixture();
  patch = formatDiff(fixture.result, fixture.context());
});

afterAll(() => removeFixture(fixture.dir));

function gitApply(dir: string, patchText: string, args: string[] = []): void {
  const file = path.join(os.tmpdir(), `unleak-${process.pid}-${Math.random().toString(36).slice(2)}.patch`);
  fs.writeFileSync(file, patchText);
  try {
    execFileSync('git', ['-C', dir, 'apply', ...args, file], { stdio: 'pipe' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('diff', () => {
  test('has a git header for every changed file, at repository paths', () => {
    const changed = fixture.result.files.filter((report) => report.output !== undefined).map((report) => report.file);
    const headers = [...patch.matchAll(/^diff --git (.*)$/gm)].map((m) => m[1]);
    expect(headers).toHaveLength(changed.length);
    expect(patch).toContain('diff --git a/src/api/crlf.ts b/src/api/crlf.ts');
    expect(patch).toContain('\\ No newline at end of file');
    // The BOM is part of the first line, as in the file's bytes.
    expect(patch).toContain('\n \uFEFF// Grüße\n');
    expect(patch).toContain('\r\n');
  });

  test('git apply --check accepts it at the repository root', () => {
    expect(() => gitApply(fixture.dir, patch, ['--check'])).not.toThrow();
  });

  test('applying it gives exactly the fixed files (CRLF, BOM, no final newline, HTML file name)', async () => {
    const dir = createFixtureRepository();
    try {
      gitApply(dir, patch);
      const checked: string[] = [];
      for (const report of fixture.result.files) {
        if (report.output === undefined) continue;
        const onDisk = fs.readFileSync(path.join(dir, report.file), 'utf8');
        expect(onDisk, report.file).toBe(SourceText.toRaw(report.output, report.hasBom));
        checked.push(report.file);
      }
      expect(checked).toEqual(expect.arrayContaining(['src/api/crlf.ts', 'src/ui/bom.ts', 'src/ui/no-final-newline.js', HTML_FILE]));
      expect(fs.readFileSync(path.join(dir, 'src/ui/bom.ts'), 'utf8').startsWith('\uFEFF')).toBe(true);
      expect(fs.readFileSync(path.join(dir, 'src/ui/no-final-newline.js'), 'utf8').endsWith(')')).toBe(true);
      // A second run finds nothing left to fix.
      const again = await runFixture(dir);
      expect(again.findings.filter((f) => f.fix !== 'none')).toHaveLength(0);
    } finally {
      removeFixture(dir);
    }
  });

  test('a run from a subdirectory still gives a patch for the repository root', async () => {
    const cwd = path.join(fixture.dir, 'src', 'api');
    const result = await runFixture(cwd, { cwd });
    const subPatch = formatDiff(result, createFormatContext(result));
    expect(subPatch).toContain('diff --git a/src/api/client.ts b/src/api/client.ts');
    expect(() => gitApply(fixture.dir, subPatch, ['--check'])).not.toThrow();
  });

  test('a run from another repository gives a patch for the target\'s repository', async () => {
    const elsewhere = createFixtureRepository();
    try {
      const result = await runFixture(elsewhere, { cwd: path.join(fixture.dir, 'src'), paths: [elsewhere] });
      expect(result.repositoryRoot).toBe(fs.realpathSync(elsewhere));
      const otherPatch = formatDiff(result, createFormatContext(result));
      expect(otherPatch).toContain('diff --git a/src/api/client.ts b/src/api/client.ts');
      expect(otherPatch).not.toMatch(/^diff --git a\/\//m);
      expect(() => gitApply(elsewhere, otherPatch, ['--check'])).not.toThrow();
    } finally {
      removeFixture(elsewhere);
    }
  });

  test('a file outside any repository keeps its absolute path the way git diff --no-index writes it', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'poll.ts'), 'export async function load() {\n  return fetch("/api");\n}\n');
      const result = await runFixture(outside, { cwd: path.join(fixture.dir, 'src'), paths: [outside] });
      // The cwd's repository stays the report's: the target is in none.
      expect(result.repositoryRoot).toBe(fs.realpathSync(fixture.dir));
      const outsidePatch = formatDiff(result, createFormatContext(result));
      const name = path.join(outside, 'poll.ts').split(path.sep).join('/').replace(/^\/+/, '');
      expect(outsidePatch).toContain(`diff --git a/${name} b/${name}`);
      expect(() => gitApply(path.parse(outside).root, outsidePatch, ['--check', '--unsafe-paths'])).not.toThrow();
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test('with --changed-since it holds only the fixes of the findings reported', async () => {
    const result = await runFixture(fixture.dir, { changedSince: 'HEAD' });
    const limited = formatDiff(result, createFormatContext(result));
    expect(limited).not.toContain('src/jobs/batch.ts');
    expect(limited).toContain('src/api/client.ts');
    // The old fetch in client.ts is outside the diff: its fix is not in the patch.
    expect(limited).not.toContain('+  const res = await fetch(`/api/users/${id}`, { signal');
    expect(() => gitApply(fixture.dir, limited, ['--check'])).not.toThrow();
  });

  test('no changes, no patch', () => {
    expect(formatDiff({ ...fixture.result, files: fixture.result.files.map(({ output: _output, ...rest }) => rest) }, fixture.context())).toBe('');
  });
});

test('git is the consumer: a corrupted patch is rejected (the check can fail)', async () => {
  const fixture = await getReportFixture();
  const broken = formatDiff(fixture.result, fixture.context()).replace(/^ (.*)$/m, ' $1 changed');
  expect(() => gitApply(fixture.dir, broken, ['--check'])).toThrow();
  expect(runGitIn(fixture.dir, ['status', '--porcelain'])).not.toContain('M src/jobs/batch.ts');
});
