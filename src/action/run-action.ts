/**
 * The GitHub Action (action.yml runs `dist/src/action/main.js`). Modes: `annotations` and `check`
 * (workflow-command warnings; check fails on any finding), `sarif` (writes unleak.sarif), and
 * `review`: one unleak run on the pull request's checkout, its JSON
 * report written to a file, the findings posted as one pull-request review (inline comments
 * with ```suggestion blocks), the step's outputs and a Markdown job summary.
 *
 * Never executes code from the pull request: the run uses `execConfig: false`, so a
 * `unleak.config.js` in the PR is not loaded (a PR author could otherwise run code with the
 * job's token).
 *
 * Re-runs replace the previous review: a submitted review cannot be deleted (GitHub's REST
 * API), so the previous unleak review (found by the hidden MARKER in its body) gets its body
 * updated to say it was superseded, and its review comments are deleted.
 *
 * Errors: 403 (a fork PR's read-only token) → the findings become workflow-command annotations,
 * said in the log and the summary; 422 (a line outside the diff) → the review is posted again
 * with every comment moved into the body. Every request has a deadline.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RunResult } from '../core/finding';
import { run } from '../engine/run';
import { createFormatContext, DEFAULT_MIN_CONFIDENCE, formatters } from '../report/index';
import { buildGithubReview, type PullRequestReview } from '../report/github-review';

export const MARKER = '<!-- unleak-review -->';
/** The body of a replaced review: no longer holds MARKER, so the next run leaves it alone. */
const SUPERSEDED = '<!-- unleak-review-superseded -->';
/** GitHub caps a step summary at 1 MiB; keep well under. */
const MAX_SUMMARY = 60_000;

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  log: (line: string) => void;
}

export interface ActionOutcome {
  exitCode: number;
  posted: 'review' | 'annotations' | 'none';
}

export class GithubApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** GitHub's largest page for list endpoints. */
export const PER_PAGE = 100;
/**
 * The most pages a listing reads (10,000 reviews or comments on one pull request): GitHub lists
 * reviews oldest first, so a listing cut short would miss the newest; past this, say so.
 */
export const MAX_PAGES = 100;

export interface Listing<T> {
  items: T[];
  /** `false`: the listing stopped early (the page cap, or a next page on another origin). */
  complete: boolean;
}

interface Api {
  request<T>(method: string, route: string, body?: unknown): Promise<T>;
  /**
   * Every item of a GitHub list endpoint (`route` without paging parameters): pages of
   * PER_PAGE, following the `Link: <…>; rel="next"` header, or without one `page=N` until a
   * short page; at most MAX_PAGES. A next link to another origin is not followed (it would get
   * the token).
   */
  list<T>(route: string): Promise<Listing<T>>;
}

export function createApi(baseUrl: string, token: string, timeoutMs: number): Api {
  const base = baseUrl.replace(/\/$/, '');
  const send = async (method: string, url: string, body?: unknown): Promise<{ data: unknown; link: string | null }> => {
    const response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const route = url.startsWith(base) ? url.slice(base.length) : url;
    if (!response.ok) throw new GithubApiError(response.status, `${method} ${route}: ${response.status} ${text.slice(0, 300)}`);
    return { data: text ? JSON.parse(text) : null, link: response.headers.get('link') };
  };
  return {
    async request<T>(method: string, route: string, body?: unknown): Promise<T> {
      return (await send(method, `${base}${route}`, body)).data as T;
    },
    async list<T>(route: string): Promise<Listing<T>> {
      const items: T[] = [];
      const pageUrl = (page: number) => `${base}${route}${route.includes('?') ? '&' : '?'}per_page=${PER_PAGE}${page > 1 ? `&page=${page}` : ''}`;
      let url = pageUrl(1);
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data, link } = await send('GET', url);
        if (!Array.isArray(data)) throw new GithubApiError(200, `GET ${route}: not a list`);
        items.push(...(data as T[]));
        const next = link === null ? undefined : nextLink(link);
        if (next === undefined) {
          // No Link header: page on until a short page.
          if (data.length < PER_PAGE) return { items, complete: true };
          url = pageUrl(page + 1);
        } else if (next === null) {
          return { items, complete: true };
        } else if (new URL(next, base).origin !== new URL(base).origin) {
          return { items, complete: false };
        } else {
          url = new URL(next, base).href;
        }
      }
      return { items, complete: false };
    },
  };
}

/** The `rel="next"` URL of a Link header (RFC 8288: `<url>; rel="next", <url>; rel="last"`); `null` when it has none (the last page). */
export function nextLink(header: string): string | null {
  for (const link of header.split(',')) {
    const [target, ...params] = link.split(';').map((part) => part.trim());
    if (!target?.startsWith('<') || !target.endsWith('>')) continue;
    const rel = params.find((param) => /^rel\s*=/i.test(param))?.replace(/^rel\s*=\s*/i, '').replace(/^"|"$/g, '');
    if (rel?.split(/\s+/).includes('next')) return target.slice(1, -1);
  }
  return null;
}

/** `name=value` lines, or the heredoc form GitHub documents for values with line breaks. */
export function formatOutputs(outputs: Readonly<Record<string, string | number>>): string {
  let text = '';
  for (const [name, raw] of Object.entries(outputs)) {
    const value = String(raw);
    if (!/[\r\n]/.test(value)) {
      text += `${name}=${value}\n`;
      continue;
    }
    let delimiter = 'UNLEAK_EOF';
    while (value.includes(delimiter)) delimiter += '_';
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  return text;
}

function failed(result: RunResult, failOn: string): boolean {
  if (failOn === 'none') return false;
  if (result.errors.some((error) => error.kind === 'internal' || error.kind === 'write')) return true;
  return failOn === 'finding' && result.findings.length > 0;
}

export async function runAction(io: ActionIo): Promise<ActionOutcome> {
  const { env } = io;
  const event = env.GITHUB_EVENT_PATH ? (JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, any>) : {};
  const pull = event.pull_request as { number: number; head: { sha: string }; base: { sha: string } } | undefined;
  const changedOnly = (env.UNLEAK_CHANGED_ONLY ?? 'true') === 'true';
  const mode = env.UNLEAK_MODE ?? 'annotations';
  // check = annotations that fail the job on any finding (unless fail-on is none).
  const failOn = mode === 'check' && env.UNLEAK_FAIL_ON !== 'none' ? 'finding' : (env.UNLEAK_FAIL_ON ?? 'error');
  const rules = (env.UNLEAK_RULES ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const paths = (env.UNLEAK_PATHS ?? '.').split(/\s+/).filter(Boolean);

  const result = await run({
    cwd: io.cwd,
    paths,
    execConfig: false,
    // The review uses the github-review format's default (high confidence only), annotations the
    // github format's (low left out), as the CLI does.
    defaultMinConfidence: DEFAULT_MIN_CONFIDENCE[mode === 'review' ? 'github-review' : 'github']!,
    ...(rules.length > 0 ? { rules } : {}),
    ...(changedOnly && pull ? { changedSince: pull.base.sha } : {}),
  });
  const context = createFormatContext(result, { color: false, commitId: pull?.head.sha });
  const reportPath = path.join(env.RUNNER_TEMP ?? io.cwd, 'unleak.json');
  fs.writeFileSync(reportPath, formatters.json!(result, context));

  let posted: ActionOutcome['posted'] = 'none';
  let note = '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  if (mode === 'sarif') {
    fs.writeFileSync(path.join(io.cwd, 'unleak.sarif'), formatters.sarif!(result, context));
    io.log('unleak: wrote unleak.sarif (upload it with github/codeql-action/upload-sarif).');
  } else if (mode !== 'review') {
    // annotations and check: the workflow commands below.
  } else if (pull && owner && repo && env.UNLEAK_TOKEN) {
    const api = createApi(env.GITHUB_API_URL ?? 'https://api.github.com', env.UNLEAK_TOKEN, Number(env.UNLEAK_API_TIMEOUT_MS ?? 30_000));
    const review = buildGithubReview(result, context);
    try {
      await replacePreviousReviews(api, `/repos/${owner}/${repo}/pulls/${pull.number}`, io);
      if (result.findings.length > 0) {
        await postReview(api, `/repos/${owner}/${repo}/pulls/${pull.number}`, review, io);
        posted = 'review';
      }
    } catch (error) {
      if (error instanceof GithubApiError && error.status === 403) {
        note = 'The token cannot write to this pull request (a fork PR gets a read-only token): the findings are annotations instead of a review.';
      } else {
        note = `Posting the review failed (${(error as Error).message}): the findings are annotations instead.`;
      }
      io.log(`unleak: ${note}`);
    }
  } else if (pull) {
    note = 'No token or repository: the findings are annotations instead of a review.';
  }
  if (mode !== 'sarif' && posted !== 'review' && result.findings.length > 0) {
    io.log(formatters.github!(result, context).trimEnd());
    posted = 'annotations';
  }

  const outputs = {
    findings: result.summary.findings,
    auto: result.summary.fixable.auto,
    suggestions: result.summary.fixable.suggestion,
    report: reportPath,
  };
  if (env.GITHUB_OUTPUT) fs.appendFileSync(env.GITHUB_OUTPUT, formatOutputs(outputs));
  if (env.GITHUB_STEP_SUMMARY) {
    let summary = formatters.markdown!(result, context);
    if (summary.length > MAX_SUMMARY) summary = `${summary.slice(0, MAX_SUMMARY)}\n\n… (trimmed; the full list is in the JSON report, output \`report\`)\n`;
    fs.appendFileSync(env.GITHUB_STEP_SUMMARY, (note ? `> ${note}\n\n` : '') + summary + '\n');
  }
  return { exitCode: failed(result, failOn) ? 1 : 0, posted };
}

interface ReviewInfo {
  id: number;
  body: string | null;
}

/** Finds the earlier unleak reviews by MARKER (on every page): their comments are deleted and their body superseded. */
async function replacePreviousReviews(api: Api, pullRoute: string, io: ActionIo): Promise<void> {
  const reviews = await api.list<ReviewInfo>(`${pullRoute}/reviews`);
  if (!reviews.complete) io.log(`unleak: listed the first ${reviews.items.length} reviews of the pull request only; an earlier unleak review past them stays as it is.`);
  const repoRoute = pullRoute.replace(/\/pulls\/\d+$/, '');
  for (const review of reviews.items) {
    if (!review.body?.includes(MARKER)) continue;
    const comments = await api.list<{ id: number }>(`${pullRoute}/reviews/${review.id}/comments`);
    if (!comments.complete) io.log(`unleak: listed the first ${comments.items.length} comments of review ${review.id} only; the rest stay.`);
    for (const comment of comments.items) await api.request('DELETE', `${repoRoute}/pulls/comments/${comment.id}`);
    await api.request('PUT', `${pullRoute}/reviews/${review.id}`, { body: `${SUPERSEDED}\nunleak: superseded by a newer run; see its latest review.` });
  }
}

/** Posts the review; on 422 (a comment GitHub will not place) again with the comments in the body. */
async function postReview(api: Api, pullRoute: string, review: PullRequestReview, io: ActionIo): Promise<void> {
  const marked = { ...review, body: `${MARKER}\n${review.body}` };
  try {
    await api.request('POST', `${pullRoute}/reviews`, marked);
  } catch (error) {
    if (!(error instanceof GithubApiError && error.status === 422) || review.comments.length === 0) throw error;
    io.log('unleak: GitHub refused an inline comment (422: a line outside the diff); the comments go into the review body.');
    const listed = review.comments.map((comment) => `**${comment.path}:${comment.line}**\n\n${comment.body}`).join('\n\n---\n\n');
    await api.request('POST', `${pullRoute}/reviews`, { ...marked, body: `${marked.body}\n\n${listed}`.slice(0, 65_000), comments: [] });
  }
}
