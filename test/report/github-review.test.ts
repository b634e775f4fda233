import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyEdits } from '../../src/core/fixer';
import { createFormatContext } from '../../src/report/context';
import type { RunResult } from '../../src/core/finding';
import { buildGithubReview, formatGithubReview, type PullRequestReview, type ReviewComment } from '../../src/report/github-review';
import { getReportFixture, HTML_FILE, runFixture, runGitIn, type ReportFixture } from './fixture';

let fixture: ReportFixture;
let review: PullRequestReview;

beforeAll(async () => {
  fixture = await getReportFixture();
  review = JSON.parse(formatGithubReview(fixture.result, fixture.context({ maxComments: 100 }))) as PullRequestReview;
});

afterAll(() => fs.rmSync(fixture.dir, { recursive: true, force: true }));

/** The text of a ```suggestion block (any fence length), or null. */
function getSuggestion(body: string): string | null {
  const match = /^(`{3,})suggestion\n([\s\S]*?)\n\1$/m.exec(body);
  return match ? match[2]! : null;
}

/** Replaces lines `start..end` of `text` with `replacement` the way GitHub applies a suggestion. */
function applySuggestion(text: string, eol: string, start: number, end: number, replacement: string): string {
  const lines = text.split(eol);
  lines.splice(start - 1, end - start + 1, ...replacement.split('\n'));
  return lines.join(eol);
}

/** Hunks of `git diff -U3 base` per path (an independent reading of the diff GitHub shows). */
function readHunks(dir: string, base: string): Map<string, { start: number; end: number }[]> {
  const hunks = new Map<string, { start: number; end: number }[]>();
  let file = '';
  for (const line of runGitIn(dir, ['-c', 'core.quotePath=false', 'diff', '--unified=3', '--no-color', base]).split('\n')) {
    const header = /^\+\+\+ b\/(.*)$/.exec(line);
    if (header) file = header[1]!;
    const hunk = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      hunks.set(file, [...(hunks.get(file) ?? []), { start, end: start + count - 1 }]);
    }
  }
  return hunks;
}

describe('github-review', () => {
  test('is the body of the create-review call', () => {
    expect(review.event).toBe('COMMENT');
    expect(review.commit_id).toBeUndefined();
    expect(typeof review.body).toBe('string');
    for (const comment of review.comments) {
      expect(Object.keys(comment).sort()).toEqual(
        comment.start_line === undefined ? ['body', 'line', 'path', 'side'] : ['body', 'line', 'path', 'side', 'start_line', 'start_side'],
      );
      expect(comment.side).toBe('RIGHT');
      if (comment.start_line !== undefined) {
        expect(comment.start_side).toBe('RIGHT');
        expect(comment.start_line).toBeLessThan(comment.line);
      }
    }
    const withCommit = buildGithubReview(fixture.result, fixture.context({ commitId: 'a'.repeat(40) }));
    expect(withCommit.commit_id).toBe('a'.repeat(40));
  });

  test('one comment per finding, at repository paths', () => {
    expect(review.comments).toHaveLength(fixture.result.findings.length);
    expect(review.comments.map((c) => c.path)).toEqual(fixture.result.findings.map((f) => f.file));
    expect(review.comments.map((c) => c.path)).toContain(HTML_FILE);
  });

  test('each suggestion holds the exact lines that applying the finding alone produces', () => {
    const reports = new Map(fixture.result.files.map((report) => [report.file, report]));
    let suggestions = 0;
    fixture.result.findings.forEach((finding, i) => {
      const comment = review.comments[i]!;
      const suggestion = getSuggestion(comment.body);
      if (finding.fix === 'none') {
        expect(suggestion).toBeNull();
        expect(comment.line).toBe(finding.line);
        return;
      }
      expect(suggestion).not.toBeNull();
      const report = reports.get(finding.file)!;
      const expected = applyEdits(report.source!, finding.edits, report.eol);
      expect(applySuggestion(report.source!, report.eol, comment.start_line ?? comment.line, comment.line, suggestion!)).toBe(expected);
      suggestions++;
    });
    expect(suggestions).toBe(fixture.result.summary.fixable.auto + fixture.result.summary.fixable.suggestion);
  });

  test('the suggestion fence is longer than any backtick run in the code', () => {
    const index = fixture.result.findings.findIndex((f) => f.file === 'src/api/client.ts' && f.line === 17);
    const body = review.comments[index]!.body;
    expect(body).toContain('````suggestion\n');
    expect(getSuggestion(body)).toContain('```notes```');
    for (const comment of review.comments) {
      const suggestion = getSuggestion(comment.body);
      if (suggestion === null) continue;
      const longestRun = Math.max(0, ...(suggestion.match(/`+/g) ?? []).map((run) => run.length));
      const fence = /^(`+)suggestion$/m.exec(comment.body)![1]!;
      expect(fence.length).toBe(Math.max(3, longestRun + 1));
    }
  });

  test('repository text in bodies is Markdown-escaped', () => {
    const escaped = buildGithubReview(
      { ...fixture.result, findings: fixture.result.findings.map((f, i) => (i === 0 ? { ...f, message: 'ping @octocat <img src=x> *now*' } : f)) },
      fixture.context({ maxComments: 0 }),
    );
    expect(escaped.body).toContain('ping &#64;octocat &#60;img src=x&#62; \\*now\\*');
    expect(escaped.body).not.toContain('@octocat');
  });

  test('caps the number of comments and lists the rest in the body', () => {
    const capped = buildGithubReview(fixture.result, fixture.context({ maxComments: 4 }));
    expect(capped.comments).toHaveLength(4);
    const leftOut = fixture.result.findings.length - 4;
    expect(capped.body).toContain(`${leftOut} findings not posted as inline comments (4 posted)`);
    expect(capped.body.match(/over the limit of 4 inline comments/g)).toHaveLength(leftOut);
  });

  describe('with --changed-since', () => {
    let result: RunResult;
    let limited: PullRequestReview;
    let base: string;

    beforeAll(async () => {
      base = runGitIn(fixture.dir, ['rev-parse', 'HEAD']).trim();
      result = await runFixture(fixture.dir, { changedSince: 'HEAD' });
      limited = buildGithubReview(result, createFormatContext(result, { maxComments: 100 }));
    });

    test('comments only on lines inside the diff hunks', () => {
      const hunks = readHunks(fixture.dir, base);
      expect(limited.comments.length).toBeGreaterThan(0);
      for (const comment of limited.comments) {
        if (comment.path === HTML_FILE) continue; // untracked: the whole file is new
        const start = comment.start_line ?? comment.line;
        const fits = (hunks.get(comment.path) ?? []).some((hunk) => hunk.start <= start && comment.line <= hunk.end);
        expect(fits, `${comment.path}:${start}-${comment.line}`).toBe(true);
      }
      expect(limited.comments.map((c) => c.path)).toContain(HTML_FILE);
      // Unchanged files and the unchanged function get no comment.
      expect(limited.comments.map((c) => c.path)).not.toContain('src/jobs/batch.ts');
      expect(limited.comments.some((c) => c.path === 'src/api/client.ts' && c.line === 4)).toBe(false);
    });

    test('says in the body how many findings were outside the diff', () => {
      expect(result.summary.findingsOutsideDiff).toBeGreaterThan(0);
      expect(limited.body).toContain(`${result.summary.findingsOutsideDiff} findings on lines this pull request did not change are not reviewed`);
    });

    test('a suggestion that reaches outside the hunks becomes a plain comment inside them', () => {
      // The multi-line fetch (lines 9-12) is fixed on line 11; pretend the diff shows lines 6-10 only.
      const finding = result.findings.find((f) => f.file === 'src/api/client.ts' && f.line === 9 && f.endLine === 12)!;
      const changes = { changed: [{ start: 9, end: 9 }], hunks: [{ start: 6, end: 10 }] };
      const narrow: RunResult = { ...result, findings: [finding], changedSince: { ...result.changedSince!, files: { 'src/api/client.ts': changes } } };
      const comment = buildGithubReview(narrow, createFormatContext(narrow)).comments[0] as ReviewComment;
      expect(getSuggestion(comment.body)).toBeNull();
      expect(comment.body).toContain('```diff');
      expect(comment.line).toBe(9);
      expect(comment.start_line).toBeUndefined();

      const outside: RunResult = { ...narrow, changedSince: { ...narrow.changedSince!, files: { 'src/api/client.ts': { ...changes, hunks: [{ start: 1, end: 3 }] } } } };
      const none = buildGithubReview(outside, createFormatContext(outside));
      expect(none.comments).toHaveLength(0);
      expect(none.body).toContain("its lines are not in the pull request's diff");
    });
  });

  test('files outside the repository root keep their reported path', () => {
    const outside = createFormatContext({ cwd: path.join(fixture.dir, 'src'), repositoryRoot: null });
    expect(outside.repositoryPath('api/client.ts')).toBe('api/client.ts');
  });
});
