/**
 * Behavioural proof for fetch-timeout's fix levels (issue 8 item 2), against a real HTTP server
 * on 127.0.0.1. The input and the fixed output of each module are compiled and run with the
 * platform `fetch`; the deadline is shortened with the `timeoutMs` option to keep the test fast.
 *
 * - An upload whose server works longer than the deadline: the input completes, the output
 *   aborts it. That is a behaviour change, which is why the rule only suggests the deadline.
 * - A GET (an `auto` fix): the output returns what the input returned for a normal response,
 *   and ends a request the server never answers, which the input waits on for ever.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { rule } from '../../transforms/fetch-timeout';

const DEADLINE_MS = 150;
/** How long the server "works" on an upload before answering: longer than the deadline. */
const SERVER_WORK_MS = 450;

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/hang' || req.url === '/api/hang') return; // never answers
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      if (req.url === '/generate') {
        setTimeout(() => res.end(`generated from ${body.length} bytes`), SERVER_WORK_MS);
        return;
      }
      res.end(`ok ${req.method}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The rule run on `code` with the short deadline, suggestions applied: levels and output. */
function fix(code: string): { levels: string[]; output: string } {
  const result = lintSource({
    raw: code,
    filePath: 'client.ts',
    displayPath: 'client.ts',
    rules: [{ rule, options: resolveRuleOptions(rule, { timeoutMs: DEADLINE_MS }) }],
    settings: DEFAULT_SETTINGS,
    applyLevels: getAppliedLevels(true),
  });
  expect(result.errors).toEqual([]);
  return { levels: result.findings.map((finding) => finding.fix), output: result.output ?? code };
}

type Exports = Record<string, (...args: string[]) => Promise<string>>;

function load(code: string): Exports {
  const { outputText } = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const module = { exports: {} as Exports };
  new Function('module', 'exports', outputText)(module, module.exports);
  return module.exports;
}

/** `resolved: …`, `rejected: <error name>`, or `pending` after `ms`. */
async function settle(promise: Promise<string>, ms: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const pending = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('pending'), ms)));
  const outcome = promise.then((value) => `resolved: ${value}`, (error: Error) => `rejected: ${error.name}`);
  return Promise.race([outcome, pending]).finally(() => clearTimeout(timer));
}

describe('fetch-timeout behaviour against a local server', () => {
  it('an upload to slow server work: the input completes, the output (a suggestion) aborts it', async () => {
    const input = [
      'export async function generate(url: string, image: string) {',
      "  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ prompt: 'a cat', image }) });",
      '  return res.text();',
      '}',
    ].join('\n');
    const { levels, output } = fix(input);
    expect(levels).toEqual(['suggestion']);
    expect(output).toContain(`AbortSignal.timeout(${DEADLINE_MS})`);
    const image = `data:image/png;base64,${'A'.repeat(64 * 1024)}`;
    const [before, after] = await Promise.all([
      settle(load(input).generate!(`${base}/generate`, image), 2000),
      settle(load(output).generate!(`${base}/generate`, image), 2000),
    ]);
    expect(before).toBe(`resolved: generated from ${JSON.stringify({ prompt: 'a cat', image }).length} bytes`);
    expect(after).toBe('rejected: TimeoutError');
  });

  it('a GET (auto): same result for a normal response, and a hung request ends at the deadline', async () => {
    // The path is the module's own: `res.text()` of a URL the caller passes in whole would be a download (a suggestion).
    const input = ['export async function load(origin: string, path: string) {', '  const res = await fetch(`${origin}/api${path}`);', '  return res.text();', '}'].join('\n');
    const { levels, output } = fix(input);
    expect(levels).toEqual(['auto']);
    const before = load(input).load!;
    const after = load(output).load!;
    expect(await settle(before(base, '/ok'), 1000)).toBe('resolved: ok GET');
    expect(await settle(after(base, '/ok'), 1000)).toBe('resolved: ok GET');
    const [hungBefore, hungAfter] = await Promise.all([settle(before(base, '/hang'), 3 * DEADLINE_MS + 300), settle(after(base, '/hang'), 3 * DEADLINE_MS + 300)]);
    expect(hungBefore).toBe('pending');
    expect(hungAfter).toBe('rejected: TimeoutError');
  });

  it('a small literal POST body (auto) keeps behaviour for a normal response', async () => {
    const input = [
      'export async function markDone(origin: string, id: string) {',
      "  const res = await fetch(`${origin}/api/ok`, { method: 'POST', body: JSON.stringify({ id, done: true }) });",
      '  return res.text();',
      '}',
    ].join('\n');
    const { levels, output } = fix(input);
    expect(levels).toEqual(['auto']);
    expect(await settle(load(input).markDone!(base, '7'), 1000)).toBe('resolved: ok POST');
    expect(await settle(load(output).markDone!(base, '7'), 1000)).toBe('resolved: ok POST');
  });
});
