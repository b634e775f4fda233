import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getChangedLines, mergeRanges, parseChangedLines, WHOLE_FILE } from '../../src/engine/git';
import { run, UsageError } from '../../src/engine/run';
import { isFindingChanged } from '../../src/engine/changed-lines';
import { formatJson } from '../../src/report/json';
import { formatPretty } from '../../src/report/pretty';
import type { RunResult } from '../../src/core/finding';
import { getReportFixture, HTML_FILE, removeFixture, runFixture, runGitIn, type ReportFixture } from './fixture';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
}

function createRepository(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-changed-'));
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'unleak tests');
  git(dir, 'config', 'core.autocrlf', 'false');
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'base');
  return dir;
}

const lines = (count: number, prefix = 'line'): string => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n';

describe('changed lines from git', () => {
  let dir: string;
  let changes: Map<string, { changed: { start: number; end: number }[]; hunks: { start: number; end: number }[] }>;
  const oddName = 'we ird "quoted"\ttab\nnewline é.ts';

  beforeAll(async () => {
    dir = createRepository({
      'edited.ts': lines(30),
      'renamed-before.ts': lines(20, 'kept'),
      'deleted.ts': lines(3),
      [oddName]: lines(5),
      'image.bin': Buffer.from([0, 1, 2, 3, 0, 255]),
    });
    const edited = lines(30).split('\n');
    edited.splice(4, 1, 'changed 5'); // line 5 changed
    edited.splice(10, 0, 'added a', 'added b'); // lines 11-12 added
    edited.splice(26, 3); // three lines removed near the end (old 25-27)
    fs.writeFileSync(path.join(dir, 'edited.ts'), edited.join('\n'));
    git(dir, 'mv', 'renamed-before.ts', 'renamed-after.ts');
    fs.appendFileSync(path.join(dir, 'renamed-after.ts'), 'new last line\n');
    fs.rmSync(path.join(dir, 'deleted.ts'));
    fs.writeFileSync(path.join(dir, oddName), lines(5).replace('line 3', 'line three'));
    fs.writeFileSync(path.join(dir, 'image.bin'), Buffer.from([0, 1, 2, 4, 0, 255]));
    fs.writeFileSync(path.join(dir, 'untracked.ts'), 'new\n');
    changes = await getChangedLines(dir, git(dir, 'rev-parse', 'HEAD').trim());
  });

  afterAll(() => removeFixture(dir));

  test('changed and added lines, with context hunks as a pull request shows them', () => {
    expect(changes.get('edited.ts')).toEqual({
      changed: [{ start: 5, end: 5 }, { start: 11, end: 12 }],
      // 5±3 and 11-12±3 touch (2..15); the removal after new line 26 gives 24..29.
      hunks: [{ start: 2, end: 15 }, { start: 24, end: 29 }],
    });
  });

  test('renamed files under their new name, with only their changed lines', () => {
    expect(changes.get('renamed-after.ts')).toEqual({ changed: [{ start: 21, end: 21 }], hunks: [{ start: 18, end: 24 }] });
    expect(changes.has('renamed-before.ts')).toBe(false);
  });

  test('names with quotes, tabs, newlines and non-ASCII come through exactly', () => {
    expect(changes.get(oddName)).toEqual({ changed: [{ start: 3, end: 3 }], hunks: [{ start: 1, end: 6 }] });
  });

  test('deleted files are absent, binary files have no lines, untracked files are wholly new', () => {
    expect(changes.has('deleted.ts')).toBe(false);
    expect(changes.get('image.bin')).toEqual({ changed: [], hunks: [] });
    expect(changes.get('untracked.ts')).toEqual({ changed: [WHOLE_FILE], hunks: [WHOLE_FILE] });
  });

  test('the parser refuses output it cannot pair up', () => {
    expect(() => parseChangedLines(':100644 100644 abc def M\0a.ts\0\0')).toThrow(/could not read git diff output/);
  });

  test('mergeRanges joins overlapping and touching ranges and clamps at line 1', () => {
    expect(mergeRanges([{ start: 8, end: 9 }, { start: -2, end: 3 }, { start: 4, end: 5 }, { start: 12, end: 12 }])).toEqual([
      { start: 1, end: 5 },
      { start: 8, end: 9 },
      { start: 12, end: 12 },
    ]);
  });
});

describe('run with changedSince', () => {
  let fixture: ReportFixture;
  let full: RunResult;
  let limited: RunResult;

  beforeAll(async () => {
    fixture = await getReportFixture();
    full = await runFixture(fixture.dir);
    limited = await runFixture(fixture.dir, { changedSince: 'HEAD' });
  });

  afterAll(() => removeFixture(fixture.dir));

  test('keeps exactly the findings that touch a changed line', async () => {
    const changes = await getChangedLines(fixture.dir, runGitIn(fixture.dir, ['rev-parse', 'HEAD']).trim());
    const expected = full.findings.filter((finding) => isFindingChanged(finding, changes.get(finding.file)));
    expect(limited.findings.map((f) => `${f.file}:${f.line}`)).toEqual(expected.map((f) => `${f.file}:${f.line}`));
    expect(limited.findings.length).toBeGreaterThan(0);
    expect(limited.findings.length).toBeLessThan(full.findings.length);
    expect(limited.findings.map((f) => f.file)).toContain(HTML_FILE); // untracked
    expect(limited.findings.map((f) => f.file)).not.toContain('src/jobs/batch.ts'); // unchanged
    expect(limited.findings.some((f) => f.file === 'src/api/client.ts' && f.line === 4)).toBe(false); // old code
  });

  test('keeps the summary consistent and counts what was left out', () => {
    const s = limited.summary;
    expect(s.findings).toBe(limited.findings.length);
    expect(s.findingsOutsideDiff).toBe(full.findings.length - limited.findings.length);
    expect(s.fixable.auto + s.fixable.suggestion + s.fixable.none).toBe(s.findings);
    expect(s.filesWithFindings).toBe(new Set(limited.findings.map((f) => f.file)).size);
    expect(s.filesChanged).toBe(limited.files.filter((f) => f.output !== undefined).length);
    expect(s.filesChanged + s.filesUnchanged).toBe(full.summary.filesChanged + full.summary.filesUnchanged);
    expect(limited.files.flatMap((f) => f.findings)).toEqual(limited.findings);
    expect(limited.changedSince).toMatchObject({ ref: 'HEAD', base: runGitIn(fixture.dir, ['rev-parse', 'HEAD']).trim() });
    expect(Object.keys(limited.changedSince!.files).sort()).toEqual([...new Set(limited.findings.map((f) => f.file))].sort());
  });

  test('works from a subdirectory (paths relative to it, changes relative to the root)', async () => {
    const cwd = path.join(fixture.dir, 'src', 'api');
    const sub = await runFixture(cwd, { cwd, changedSince: 'HEAD' });
    const expected = limited.findings.filter((f) => f.file.startsWith('src/api/')).map((f) => `${f.file.slice('src/api/'.length)}:${f.line}`);
    expect(sub.findings.map((f) => `${f.file}:${f.line}`)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  test('the pretty and json reports say how many findings were outside the changes', async () => {
    const outside = limited.summary.findingsOutsideDiff!;
    expect(formatPretty(limited, { color: false })).toContain(`${outside} findings outside the changes since HEAD`);
    const json = JSON.parse(formatJson(limited));
    expect(json.summary.findingsOutsideDiff).toBe(outside);
    expect(json.changedSince).toEqual({ ref: 'HEAD', base: limited.changedSince!.base });
  });

  test('a bad ref, no repository or --write are usage errors', async () => {
    await expect(runFixture(fixture.dir, { changedSince: 'no-such-branch' })).rejects.toThrow(UsageError);
    await expect(runFixture(fixture.dir, { changedSince: 'no-such-branch' })).rejects.toThrow(/"no-such-branch" does not name a commit/);
    await expect(runFixture(fixture.dir, { changedSince: 'HEAD', write: true, allowDirty: true })).rejects.toThrow(/cannot be used with --write/);
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-nogit-'));
    try {
      fs.writeFileSync(path.join(plain, 'a.ts'), 'fetch("/x");\n');
      await expect(run({ cwd: plain, config: false, changedSince: 'HEAD' })).rejects.toThrow(/needs a git repository/);
    } finally {
      removeFixture(plain);
    }
  });

  test('a ref with no common history is a usage error that says so', async () => {
    const dir = createRepository({ 'a.ts': 'fetch("/x");\n' });
    try {
      git(dir, 'checkout', '--quiet', '--orphan', 'other');
      git(dir, 'commit', '--quiet', '-m', 'unrelated');
      await expect(run({ cwd: dir, config: false, changedSince: 'main' })).rejects.toThrow(/no common ancestor/);
    } finally {
      removeFixture(dir);
    }
  });
});
