/**
 * The Action's review mode against a local HTTP server standing in for GitHub's REST API: the
 * server records every request and answers like GitHub (or with 403, 422, or never).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatOutputs, MARKER, runAction } from '../../src/action/run-action';
import { git, makeProject } from '../helpers/temp';

const LEAKY = `export function start() {
  setInterval(() => console.log('tick'), 1000);
}
export async function load(): Promise<unknown> {
  const response = await fetch('https://example.com/data');
  return response.json();
}
`;

interface Recorded {
  method: string;
  url: string;
  body: any;
  authorization: string | undefined;
}

type Handler = (request: Recorded) => { status: number; body?: unknown } | 'hang';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/**
 * A fake GitHub: keeps the reviews posted to it, so a second run sees the first one. Lists are
 * paged as GitHub pages them (`per_page`, default 30, at most 100; `page`), with a `Link` header
 * naming the next and last pages (`linkHeader: false`: none, as some proxies strip it).
 */
async function fakeGithub(
  override?: Handler,
  { linkHeader = true }: { linkHeader?: boolean } = {},
): Promise<{ url: string; requests: Recorded[]; reviews: Array<{ id: number; body: string; comments: Array<{ id: number }> }>; newId: () => number }> {
  const requests: Recorded[] = [];
  const reviews: Array<{ id: number; body: string; comments: Array<{ id: number }> }> = [];
  let nextId = 1;
  let origin = '';
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const request: Recorded = { method: req.method!, url: req.url!, body: raw ? JSON.parse(raw) : undefined, authorization: req.headers.authorization };
      requests.push(request);
      const answer = override?.(request);
      if (answer === 'hang') return;
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      const sendPage = (items: unknown[]) => {
        const url = new URL(request.url, origin);
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(items.length / perPage));
        const at = (n: number) => {
          url.searchParams.set('page', String(n));
          return `<${url.href}>`;
        };
        const link = [...(page < last ? [`${at(page + 1)}; rel="next"`] : []), `${at(last)}; rel="last"`].join(', ');
        send(200, items.slice((page - 1) * perPage, page * perPage), linkHeader ? { link } : {});
      };
      if (answer) return send(answer.status, answer.body);
      const reviewMatch = /\/pulls\/7\/reviews\/(\d+)(\/comments)?/.exec(request.url);
      if (request.method === 'GET' && /\/pulls\/7\/reviews(\?|$)/.test(request.url)) return sendPage(reviews.map(({ id, body }) => ({ id, body })));
      if (request.method === 'GET' && reviewMatch?.[2]) return sendPage(reviews.find((r) => r.id === Number(reviewMatch[1]))?.comments ?? []);
      if (request.method === 'PUT' && reviewMatch) {
        reviews.find((r) => r.id === Number(reviewMatch[1]))!.body = request.body.body;
        return send(200, {});
      }
      if (request.method === 'DELETE' && /\/pulls\/comments\/\d+$/.test(request.url)) {
        const id = Number(request.url.split('/').pop());
        for (const review of reviews) review.comments = review.comments.filter((comment) => comment.id !== id);
        return send(204);
      }
      if (request.method === 'POST' && /\/pulls\/7\/reviews$/.test(request.url)) {
        reviews.push({ id: nextId++, body: request.body.body, comments: request.body.comments.map(() => ({ id: nextId++ })) });
        return send(200, { id: nextId - 1 });
      }
      send(404, { message: 'Not Found' });
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: origin, requests, reviews, newId: () => nextId++ };
}

/** A pull request checkout: the base commit without the leaks, the head commit with them. */
function pullRequest(): { dir: string; env: NodeJS.ProcessEnv; head: string } {
  const dir = makeProject({ 'src/a.ts': 'export const a = 1;\n' });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD').trim();
  fs.writeFileSync(path.join(dir, 'src/a.ts'), LEAKY);
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'head');
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  const runner = path.join(dir, '.runner');
  fs.mkdirSync(runner);
  const eventPath = path.join(runner, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, head: { sha: head }, base: { sha: base } } }));
  const env: NodeJS.ProcessEnv = {
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_OUTPUT: path.join(runner, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
    RUNNER_TEMP: runner,
    UNLEAK_TOKEN: 'secret-token',
    UNLEAK_PATHS: 'src',
    UNLEAK_MODE: 'review',
  };
  return { dir, env, head };
}

async function act(dir: string, env: NodeJS.ProcessEnv) {
  const log: string[] = [];
  const outcome = await runAction({ env, cwd: dir, log: (line) => log.push(line) });
  return { outcome, log: log.join('\n') };
}

const posts = (requests: Recorded[]) => requests.filter((request) => request.method === 'POST');

describe('the Action review mode (fake GitHub API)', () => {
  it('posts one review on the head commit, with a suggestion block for the auto fix and the marker', async () => {
    const api = await fakeGithub();
    const { dir, env, head } = pullRequest();
    const { outcome } = await act(dir, { ...env, GITHUB_API_URL: api.url });
    expect(outcome.posted).toBe('review');
    const [post] = posts(api.requests);
    expect(post!.url).toBe('/repos/octo/app/pulls/7/reviews');
    expect(post!.authorization).toBe('Bearer secret-token');
    expect(post!.body.commit_id).toBe(head);
    expect(post!.body.event).toBe('COMMENT');
    expect(post!.body.body).toContain(MARKER);
    const fetchComment = post!.body.comments.find((comment: any) => comment.body.includes('fetch-timeout'));
    expect(fetchComment.path).toBe('src/a.ts');
    expect(fetchComment.body).toContain('```suggestion\n');
    expect(fetchComment.body).toContain('AbortSignal.timeout');
  });

  it('a second run replaces the first review: its comments deleted, its body superseded, one live review', async () => {
    const api = await fakeGithub();
    const { dir, env } = pullRequest();
    await act(dir, { ...env, GITHUB_API_URL: api.url });
    const firstComments = api.reviews[0]!.comments.map((comment) => comment.id);
    expect(firstComments.length).toBeGreaterThan(0);
    await act(dir, { ...env, GITHUB_API_URL: api.url });
    const deleted = api.requests.filter((request) => request.method === 'DELETE').map((request) => Number(request.url.split('/').pop()));
    expect(deleted.sort()).toEqual([...firstComments].sort());
    expect(api.reviews[0]!.comments).toEqual([]);
    expect(api.reviews[0]!.body).not.toContain(MARKER);
    expect(api.reviews.filter((review) => review.body.includes(MARKER))).toHaveLength(1);
    // A third run leaves the superseded review alone and replaces only the second.
    await act(dir, { ...env, GITHUB_API_URL: api.url });
    expect(api.requests.filter((request) => request.method === 'PUT').map((request) => request.url)).toEqual(['/repos/octo/app/pulls/7/reviews/1', `/repos/octo/app/pulls/7/reviews/${api.reviews[1]!.id}`]);
  });

  describe('a pull request with more than a page of reviews and comments', () => {
    /** 120 other reviews, then the first unleak run (its review lands on page 2), 130 more comments on it, then 50 more reviews. */
    async function supersedeOnPage2(linkHeader: boolean) {
      const api = await fakeGithub(undefined, { linkHeader });
      for (let i = 0; i < 120; i++) api.reviews.push({ id: api.newId(), body: `LGTM ${i}`, comments: [] });
      const { dir, env } = pullRequest();
      await act(dir, { ...env, GITHUB_API_URL: api.url });
      const first = api.reviews[120]!;
      expect(first.body).toContain(MARKER);
      for (let i = 0; i < 130; i++) first.comments.push({ id: api.newId() });
      const firstComments = first.comments.map((comment) => comment.id);
      for (let i = 0; i < 50; i++) api.reviews.push({ id: api.newId(), body: `LGTM again ${i}`, comments: [] });
      api.requests.length = 0;
      await act(dir, { ...env, GITHUB_API_URL: api.url });
      const deleted = api.requests.filter((request) => request.method === 'DELETE').map((request) => Number(request.url.split('/').pop()));
      expect(deleted.sort((a, b) => a - b)).toEqual(firstComments.sort((a, b) => a - b));
      expect(first.comments).toEqual([]);
      expect(first.body).not.toContain(MARKER);
      expect(api.requests.filter((request) => request.method === 'PUT').map((request) => request.url)).toEqual([`/repos/octo/app/pulls/7/reviews/${first.id}`]);
      expect(api.reviews.filter((review) => review.body.includes(MARKER))).toHaveLength(1);
      const listed = (route: RegExp) => api.requests.filter((request) => request.method === 'GET' && route.test(request.url)).map((request) => new URL(request.url, api.url).searchParams.get('page') ?? '1');
      return { reviewPages: listed(/\/pulls\/7\/reviews\?/), commentPages: listed(/\/reviews\/\d+\/comments\?/) };
    }

    it('follows the Link header: the previous unleak review on page 2 is found and superseded, all 130+ of its comments deleted', async () => {
      const pages = await supersedeOnPage2(true);
      expect(pages).toEqual({ reviewPages: ['1', '2'], commentPages: ['1', '2'] });
    });

    it('without a Link header: page=N until a short page', async () => {
      const pages = await supersedeOnPage2(false);
      expect(pages).toEqual({ reviewPages: ['1', '2'], commentPages: ['1', '2'] });
    });
  });

  it('403 (a fork PR’s read-only token): annotations instead, said in the log and the summary', async () => {
    const api = await fakeGithub(() => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const { dir, env } = pullRequest();
    const { outcome, log } = await act(dir, { ...env, GITHUB_API_URL: api.url });
    expect(outcome.posted).toBe('annotations');
    expect(log).toContain('read-only token');
    expect(log).toMatch(/^::warning file=src\/a\.ts,line=5/m);
    expect(fs.readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('read-only token');
  });

  it('422 (a line outside the diff): posted again with the comments in the review body', async () => {
    const api = await fakeGithub((request) =>
      request.method === 'POST' && request.body.comments.length > 0 ? { status: 422, body: { message: 'Line could not be resolved' } } : undefined!,
    );
    const { dir, env } = pullRequest();
    const { outcome, log } = await act(dir, { ...env, GITHUB_API_URL: api.url });
    expect(outcome.posted).toBe('review');
    expect(log).toContain('422');
    const [first, second] = posts(api.requests);
    expect(first!.body.comments.length).toBeGreaterThan(0);
    expect(second!.body.comments).toEqual([]);
    expect(second!.body.body).toContain(MARKER);
    expect(second!.body.body).toContain('**src/a.ts:5**');
    expect(second!.body.body).toContain('```suggestion');
  });

  it('a hanging API gets the deadline and the findings still reach the log as annotations', async () => {
    const api = await fakeGithub(() => 'hang');
    const { dir, env } = pullRequest();
    const started = Date.now();
    const { outcome, log } = await act(dir, { ...env, GITHUB_API_URL: api.url, UNLEAK_API_TIMEOUT_MS: '300' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcome.posted).toBe('annotations');
    expect(log).toMatch(/Posting the review failed .*(timeout|abort)/i);
  });

  it('writes the outputs in GitHub’s format and a Markdown job summary; fail-on decides the exit code', async () => {
    const api = await fakeGithub();
    const { dir, env } = pullRequest();
    const { outcome } = await act(dir, { ...env, GITHUB_API_URL: api.url, UNLEAK_FAIL_ON: 'finding' });
    expect(outcome.exitCode).toBe(1);
    const output = fs.readFileSync(env.GITHUB_OUTPUT!, 'utf8');
    expect(output).toContain('findings=2\n');
    expect(output).toContain('auto=1\n');
    expect(output).toContain('suggestions=1\n');
    const reportPath = /^report=(.*)$/m.exec(output)![1]!;
    expect(JSON.parse(fs.readFileSync(reportPath, 'utf8')).findings).toHaveLength(2);
    expect(fs.readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('fetch-timeout');
    const lenient = await act(dir, { ...env, GITHUB_API_URL: api.url, UNLEAK_FAIL_ON: 'none' });
    expect(lenient.outcome.exitCode).toBe(0);
  });

  it('changed-only: a leak on a line the pull request did not touch is not reviewed', async () => {
    const api = await fakeGithub();
    const { dir, env } = pullRequest();
    fs.writeFileSync(path.join(dir, 'src/old.ts'), 'export function poll() {\n  setInterval(() => undefined, 10);\n}\n');
    git(dir, 'add', '.');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'old');
    const event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH!, 'utf8'));
    event.pull_request.base.sha = git(dir, 'rev-parse', 'HEAD').trim();
    fs.writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(event));
    const { outcome } = await act(dir, { ...env, GITHUB_API_URL: api.url });
    expect(outcome.posted).toBe('none');
    expect(posts(api.requests)).toEqual([]);
    expect(fs.readFileSync(env.GITHUB_OUTPUT!, 'utf8')).toContain('findings=0\n');
  });
});

describe('the Action\'s other modes', () => {
  it('annotations: no request to GitHub, the findings as workflow commands', async () => {
    const api = await fakeGithub();
    const { dir, env } = pullRequest();
    const { outcome, log } = await act(dir, { ...env, GITHUB_API_URL: api.url, UNLEAK_MODE: 'annotations' });
    expect(api.requests).toEqual([]);
    expect(outcome).toEqual({ exitCode: 0, posted: 'annotations' });
    expect(log).toMatch(/^::warning file=src\/a\.ts,line=2/m);
  });

  it('check fails on findings unless fail-on is none; sarif writes unleak.sarif', async () => {
    const { dir, env } = pullRequest();
    expect((await act(dir, { ...env, UNLEAK_MODE: 'check' })).outcome.exitCode).toBe(1);
    expect((await act(dir, { ...env, UNLEAK_MODE: 'check', UNLEAK_FAIL_ON: 'none' })).outcome.exitCode).toBe(0);
    const sarif = await act(dir, { ...env, UNLEAK_MODE: 'sarif' });
    expect(sarif.outcome.posted).toBe('none');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'unleak.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
  });
});

describe('formatOutputs', () => {
  it('writes one-line values as name=value and multi-line values with a delimiter not in the value', () => {
    expect(formatOutputs({ findings: 2, report: '/tmp/u.json' })).toBe('findings=2\nreport=/tmp/u.json\n');
    expect(formatOutputs({ text: 'a\nUNLEAK_EOF\nb' })).toBe('text<<UNLEAK_EOF_\na\nUNLEAK_EOF\nb\nUNLEAK_EOF_\n');
  });
});
