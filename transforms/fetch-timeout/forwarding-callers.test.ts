import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { FIXTURES_ROOT, PROJECTS_DIR } from '../../test/helpers/fixtures';

const PROJECT = path.join(FIXTURES_ROOT, PROJECTS_DIR, 'fetch-timeout/options-forwarded-by-api-client/input');
/** A target without `AbortSignal.timeout` (Node 16): the requests are report-only. */
const MANIFEST = JSON.stringify({ name: 'app', private: true, engines: { node: '>=16.0.0' } });

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function findings(cwd: string) {
  const result = await run({ cwd, config: false, prettier: false, jobs: 1, rules: ['fetch-timeout'] });
  return result.findings.map((finding) => ({ at: `${finding.file}:${finding.line}`, fix: finding.fix, confidence: finding.confidence, message: finding.message }));
}

/** The confidence of the one finding of `files` (written to a temp project). */
async function confidenceOf(files: Record<string, string>): Promise<string> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-forwarding-')));
  temps.push(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), MANIFEST);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const found = await findings(dir);
  expect(found.map(({ fix }) => fix)).toEqual(['none']);
  return found[0]!.confidence!;
}

const API = 'async function api(url, init) {\n  const response = await fetch(url, init);\n  return response.json();\n}\n';

describe('fetch-timeout: an API client the target cannot fix, judged by its callers (forwarding-callers.ts)', () => {
  it('names the calls: the one that may pass a signal, or how many pass none', async () => {
    const found = await findings(PROJECT);
    const message = (at: string) => found.find((finding) => finding.at === at)!.message;
    expect(message('src/api/cancellable.ts:3')).toMatch(/ Low confidence: `request` forwards its caller's `init` to the request, and a `signal` may come with it \(`src\/api\/cancellable\.ts:8` passes `signal`\) — check its callers\.$/);
    expect(message('src/api/pass-through.ts:8')).toContain('(`src/api/pass-through.ts:17` passes `init`, which may hold one)');
    // The test's `{ signal: controller.signal }` does not count: the runner's timeout ends a hang there.
    expect(message('src/api/get-json.ts:3')).toMatch(/ `getJson` forwards its caller's `options` to the request, and no caller passes a `signal` in it \(2 calls, in `src\/app\.ts`\)\.$/);
    expect(message('src/api/feed.ts:3')).toContain("(it is its package's public API: its users call it too)");
  });

  it('is high when no call passes options that can hold a signal', async () => {
    expect(await confidenceOf({ 'src/a.js': `${API}export const load = (url) => api(url, undefined).then(() => api(url, null));\n` })).toBe('high');
    expect(await confidenceOf({ 'src/a.js': `${API}const init = { method: 'POST', headers: { a: '1' } };\nexport const load = (url) => api(url, init);\n` })).toBe('high');
    expect(await confidenceOf({ 'src/a.js': `${API}const base = { method: 'POST' };\nconst init = { ...base, body: '' };\nexport const load = (url) => api(url, { ...init, mode: 'cors' });\n` })).toBe('high');
  });

  it('is medium (reported low: the rule calibrated) when a call may pass a deadline, or the options may be changed', async () => {
    expect(await confidenceOf({ 'src/a.js': `${API}export const load = (url) => api(url, { timeout: 5000 });\n` })).toBe('low');
    expect(await confidenceOf({ 'src/a.js': `${API}export const load = (url, key, value) => api(url, { [key]: value });\n` })).toBe('low');
    expect(await confidenceOf({ 'src/a.js': `${API}export const load = (url, args) => api(url, ...args);\n` })).toBe('low');
    expect(await confidenceOf({ 'src/a.js': `${API}export const load = (url, signal) => { const init = {}; init.signal = signal; return api(url, init); };\n` })).toBe('low');
    expect(await confidenceOf({ 'src/a.js': `${API}export const load = (url, more) => { const init = {}; Object.assign(init, more); return api(url, init); };\n` })).toBe('low');
    expect(await confidenceOf({ 'src/a.js': `${API}export const load = (url, more) => { let init = {}; init = more; return api(url, init); };\n` })).toBe('low');
  });

  it('is medium (reported low: the rule calibrated) when its callers cannot all be found', async () => {
    // passed on as a value
    expect(await confidenceOf({ 'src/a.js': `${API}export const loadAll = (urls) => Promise.all(urls.map(api));\n` })).toBe('low');
    // a method that is not private: calls through an object are not followed
    expect(await confidenceOf({ 'src/a.ts': 'export class Client {\n  get(url: string, init?: RequestInit) {\n    return fetch(url, init);\n  }\n  load(url: string) {\n    return this.get(url);\n  }\n}\n' })).toBe('low');
    // a private method read other than called
    expect(await confidenceOf({ 'src/a.ts': 'export class Client {\n  private get(url: string, init?: RequestInit) {\n    return fetch(url, init);\n  }\n  load(urls: string[]) {\n    return urls.map(this.get);\n  }\n}\n' })).toBe('low');
    // exported with module.exports: its package's users may call it
    expect(await confidenceOf({ 'src/a.js': `${API}const load = (url) => api(url);\nmodule.exports = { api, load };\n` })).toBe('low');
    // no call at all
    expect(await confidenceOf({ 'src/a.js': `${API}export {};\n` })).toBe('low');
  });

  it('still lowers a signal-less client whose every caller drops its promise (dropping-callers.ts)', async () => {
    const files = {
      'src/api.js': 'export async function api(url, init) {\n  const response = await fetch(url, init);\n  return response.ok;\n}\n',
      'src/app.js': "import { api } from './api.js';\nexport function ping(url) {\n  void api(url, { method: 'POST' });\n}\n",
    };
    expect(await confidenceOf(files)).toBe('low');
  });
});
