/** The format plumbing of the CLI: every format from one run, and the PR-bot flags. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';
import { FORMAT_NAMES } from '../../src/report/index';
import { createFixtureRepository, removeFixture, runGitIn } from './fixture';
import { validateRdjson, validateSarif } from './schemas';

let dir: string;

beforeAll(() => {
  dir = createFixtureRepository();
});

afterAll(() => removeFixture(dir));

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--quiet', '--no-prettier', '--no-config', ...args], {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    env,
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('unleak --format', () => {
  test('offers every format', () => {
    expect([...FORMAT_NAMES].sort()).toEqual(['diff', 'github', 'github-review', 'html', 'json', 'markdown', 'pretty', 'rdjson', 'sarif']);
  });

  test('sarif and rdjson from the CLI are valid', async () => {
    const sarif = await cli(['--format', 'sarif', '.']);
    expect(sarif.code).toBe(0);
    expect(validateSarif(JSON.parse(sarif.stdout)).errors).toBe('');
    const rdjson = await cli(['--format', 'rdjson', '.']);
    expect(validateRdjson(JSON.parse(rdjson.stdout)).errors).toBe('');
  });

  test('--changed-since limits findings and the JSON summary says how many were outside', async () => {
    const all = JSON.parse((await cli(['--format', 'json', '.'])).stdout);
    const changed = await cli(['--format', 'json', '--changed-since', 'HEAD', '.']);
    expect(changed.code).toBe(0);
    const limited = JSON.parse(changed.stdout);
    expect(limited.summary.findings).toBe(limited.findings.length);
    expect(limited.summary.findingsOutsideDiff).toBe(all.findings.length - limited.findings.length);
    expect(limited.summary.findingsOutsideDiff).toBeGreaterThan(0);
  });

  test('github-review takes --max-comments and --commit', async () => {
    const sha = runGitIn(dir, ['rev-parse', 'HEAD']).trim();
    const { code, stdout } = await cli(['--format', 'github-review', '--changed-since', 'HEAD', '--max-comments', '2', '--commit', sha, '.']);
    expect(code).toBe(0);
    const review = JSON.parse(stdout);
    expect(review.commit_id).toBe(sha);
    expect(review.comments).toHaveLength(2);
    expect(review.body).toMatch(/findings? not posted as inline comments \(2 posted\)/);
  });

  test('usage errors exit 2 with a message', async () => {
    const cases: [string[], RegExp][] = [
      [['--changed-since', 'no-such-ref', '.'], /--changed-since: "no-such-ref" does not name a commit/],
      [['--changed-since=-oops', '.'], /--changed-since: "-oops" is not a git ref/],
      [['--changed-since', 'HEAD', '--write', '.'], /cannot be used with --write/],
      [['--max-comments', 'many', '.'], /--max-comments: "many" must be a whole number/],
      [['--commit', 'main', '.'], /--commit: "main" must be a full commit SHA/],
      [['--format', 'xml', '.'], /unknown format "xml" \(one of: pretty, json, sarif, github-review, github, rdjson, diff, markdown, html\)/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  test('--help documents the PR flags and every format', async () => {
    const { stdout } = await cli(['--help']);
    for (const flag of ['--changed-since <ref>', '--commit <sha>', '--max-comments <n>']) expect(stdout).toContain(flag);
    for (const format of FORMAT_NAMES) expect(stdout).toContain(format);
  });
});
