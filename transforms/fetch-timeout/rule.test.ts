/**
 * What the fixtures cannot show: option validation, the option-derived prefilter, relative
 * helper modules, and the stock jscodeshift transform reading `--target`.
 */
import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS, NO_PROJECT, type ModuleTest } from '../../src/core/rule';
import { SourceText } from '../../src/core/source-text';
import { parseSource } from '../../src/engine/parse';
import { OptionError, resolveRuleOptions } from '../../src/core/rule-options';
import transform, { rule } from '../fetch-timeout';

/** One dry run of the rule on `raw`. */
function lintFetch(raw: string, { filePath = 'src/api/load.ts', options = {}, settings = DEFAULT_SETTINGS }: { filePath?: string; options?: Record<string, unknown>; settings?: Parameters<typeof lintSource>[0]['settings'] } = {}) {
  return lintSource({ raw, filePath, displayPath: filePath, rules: [{ rule, options: resolveRuleOptions(rule, options) }], settings, applyLevels: getAppliedLevels(false) });
}

function fix(code: string, options: Record<string, unknown> = {}, filePath = 'src/api/load.ts'): string | undefined {
  return lintFetch(code, { options, filePath }).output;
}

describe('fetch-timeout options', () => {
  it('rejects a timeoutExpression that is not an identifier or member chain', () => {
    expect(() => resolveRuleOptions(rule, { timeoutExpression: 'getTimeout()' })).toThrow(OptionError);
    expect(() => resolveRuleOptions(rule, { timeoutExpression: 'config.http.timeoutMs' })).not.toThrow();
  });

  it('rejects a timeoutMs that is not a positive whole number', () => {
    expect(() => resolveRuleOptions(rule, { timeoutMs: 0 })).toThrow(/positive whole number/);
    expect(() => resolveRuleOptions(rule, { timeoutMs: 1.5 })).toThrow(/positive whole number/);
  });

  it('rejects malformed fetchFunctions and abortHelpers', () => {
    expect(() => resolveRuleOptions(rule, { fetchFunctions: { 'api fetch': 'signal' } })).toThrow(/member chain/);
    expect(() => resolveRuleOptions(rule, { fetchFunctions: { apiFetch: { argument: -1 } } })).toThrow(/whole number/);
    expect(() => resolveRuleOptions(rule, { fetchFunctions: { apiFetch: 'time out' } })).toThrow(/deadline/);
    expect(() => resolveRuleOptions(rule, { fetchFunctions: { apiFetch: { timeoutMs: 0 } } })).toThrow(/positive whole number/);
    expect(() => resolveRuleOptions(rule, { fetchFunctions: { apiFetch: { timeout: 5000 } } })).toThrow(/unknown key "timeout"/);
    expect(() => resolveRuleOptions(rule, { abortHelpers: { timeout: 'timeoutSignal' } })).toThrow(/module/);
    expect(() => resolveRuleOptions(rule, { abortHelpers: { module: './abort', anyy: 'x' } })).toThrow(/unknown key/);
  });

  it('runs on files that only mention a configured wrapper', () => {
    const code = "import { request } from './http';\nexport const load = () => request({ url: '/x' });\n";
    expect(fix(code)).toBeUndefined();
    expect(fix(code, { fetchFunctions: { request: { deadline: 'timeout', argument: 0 } } })).toBe(
      "import { request } from './http';\nexport const load = () => request({ url: '/x', timeout: 10_000 });\n",
    );
  });

  it('imports a relative helper module relative to each file', () => {
    const code = 'export const load = (url: string) => fetch(url);\n';
    const output = lintSource({
      raw: code,
      filePath: 'src/api/load.ts',
      displayPath: 'src/api/load.ts',
      rules: [{ rule, options: resolveRuleOptions(rule, { abortHelpers: { module: './src/lib/abort', timeout: 'timeoutSignal' } }) }],
      settings: { target: { abortSignalTimeout: false, abortSignalAny: false, source: 'test' } },
      applyLevels: getAppliedLevels(false),
    }).output;
    expect(output).toBe("import { timeoutSignal } from '../lib/abort';\n\nexport const load = (url: string) => fetch(url, { signal: timeoutSignal(10_000) });\n");
  });
});

describe('fetch-timeout as a stock jscodeshift transform', () => {
  it('reads the runtime target from --target (config form)', () => {
    const source = 'export async function load(url: string, signal: AbortSignal) {\n  return fetch(url);\n}\n';
    const reports: string[] = [];
    const modern = transform({ path: 'load.ts', source }, {}, {});
    const old = transform({ path: 'load.ts', source }, { report: (message) => reports.push(message) }, { target: { node: '18.0' } });
    expect(modern).toContain('AbortSignal.any([signal, AbortSignal.timeout(10_000)])');
    expect(old).toBeUndefined();
    expect(reports.join('\n')).toMatch(/has no AbortSignal\.any/);
  });
});

describe('fetch-timeout confidence of report-only findings', () => {
  const findings = (filePath: string) =>
    lintFetch("import axios from 'axios';\nexport function load(request: any) { return axios(request); }\n", { filePath }).findings.map((finding) => `${finding.fix} ${finding.confidence}`);

  it('is medium in a test file (the runner ends a hung request), high elsewhere', () => {
    expect(findings('test/api.test.ts')).toEqual(['none medium']);
    expect(findings('src/api/load.ts')).toEqual(['none high']);
  });

  // A target without AbortSignal.timeout: every fetch finding is report-only
  const noTimeout = (raw: string) =>
    lintFetch(raw, { filePath: 'src/app.ts', settings: { target: { abortSignalTimeout: false, abortSignalAny: false, source: 'test' } } }).findings.map((finding) => `${finding.line} ${finding.fix} ${finding.confidence}${/Nothing waits|keepalive/.test(finding.message) ? ' unwaited' : ''}`);

  it('is medium for a request nothing waits for: dropped, chained and dropped, a callback result nobody reads, keepalive', () => {
    const code = [
      "export function ping(url: string) { fetch(url); }",
      "export function track(url: string) { void fetch(url).then((r) => r.text()).catch(() => undefined); }",
      "export function keepAlive(url: string) { return setInterval(() => fetch(url), 10_000); }",
      "export function save(url: string) { return fetch(url, { keepalive: true, method: 'POST' }); }",
      "export class Batcher {",
      "  flush(url: string) {",
      "    const send = () => fetch(url, { method: 'POST' }).then((r) => r.ok);",
      "    setTimeout(() => void send(), 1000);",
      "    send();",
      "  }",
      "}",
      '',
    ].join('\n');
    expect(noTimeout(code)).toEqual(['1 none medium unwaited', '2 none medium unwaited', '3 none medium unwaited', '4 none medium unwaited', '7 none medium unwaited']);
  });

  it('stays high when anyone may wait: awaited, returned, kept, or a local function whose result one caller reads', () => {
    const code = [
      "export async function load(url: string) { const res = await fetch(url); return res.json(); }",
      "export function get(url: string) { return fetch(url).then((r) => r.json()); }",
      "export function keep(url: string) { const pending = fetch(url); return pending; }",
      "export function later(url: string) {",
      "  const send = () => fetch(url);",
      "  void send();",
      "  return send().then((r) => r.ok);",
      "}",
      "export function sendNow(url: string) { return fetch(url); }",
      "sendNow('/x');",
      "export function list(url: string, setItems: (items: unknown) => void) { fetch(url).then((r) => r.json()).then(setItems); }",
      "export class Queue {",
      "  busy = false;",
      "  send(url: string) { this.busy = true; fetch(url).then(() => { this.busy = false; }); }",
      "  next(url: string) { fetch(url).finally(() => this.sendNext()); }",
      "  sendNext() {}",
      "}",
      "export const read = (url: string) => new Promise((resolve, reject) => { fetch(url).then((r) => resolve(r.json()), reject); });",
      '',
    ].join('\n');
    expect(noTimeout(code)).toEqual(['1 none high', '2 none high', '3 none high', '5 none high', '9 none high', '11 none high', '14 none high', '15 none high', '18 none high']);
  });

  it("is medium for a request a service worker makes, for its own lifecycle event or elsewhere in its code", () => {
    const code = [
      "self.addEventListener('install', (event) => { event.waitUntil(fetch('/shell.html')); });",
      "self.addEventListener('message', async () => { const res = await fetch('/settings'); return res.json(); });",
      '',
    ].join('\n');
    // The `message` listener's request is no lifecycle event's (its fix would be `auto`), but the
    // browser stops the worker as well when that event runs too long.
    expect(noTimeout(code)).toEqual(['1 none medium', '2 none medium']);
    const messages = lintFetch(code, { filePath: 'src/sw.ts', settings: { target: { abortSignalTimeout: false, abortSignalAny: false, source: 'test' } } }).findings.map((finding) => finding.message);
    expect(messages[1]).toContain('The request is made in a service worker (it listens for the `install` event): the browser stops a worker whose event runs too long');
    expect(noTimeout("window.addEventListener('message', async () => { const res = await fetch('/settings'); return res.json(); });\n")).toEqual(['1 none high']);
  });

  it('reads a chain whose callbacks only log or compute as nothing waiting', () => {
    const code = [
      "export function warm(url: string, onText: (t: string, id: number) => void) {",
      "  let nextId = 0;",
      "  fetch(url).then((r) => r.text()).then((text) => onText(text, nextId++)).catch(console.warn);",
      "}",
      '',
    ].join('\n');
    expect(noTimeout(code)).toEqual(['3 none medium unwaited']);
  });
});

describe('fetch-timeout reason for a handler named for long work', () => {
  const messages = (raw: string) =>
    lintSource({
      raw,
      filePath: 'src/import.tsx',
      displayPath: 'src/import.tsx',
      rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
      settings: DEFAULT_SETTINGS,
      applyLevels: getAppliedLevels(false),
    }).findings.map((finding) => `${finding.fix}: ${finding.message}`);

  it('gives the typed URL, not long server work, when the URL is what a person typed', () => {
    const [typed] = messages('export async function handleImportClick(field: HTMLInputElement) {\n  const res = await fetch(field.value);\n  return res.json();\n}\n');
    expect(typed).toMatch(/^suggestion: .*The request fetches what a person typed \(`field\.value`\)/);
    expect(typed).not.toMatch(/long server work/);
    const [downloaded] = messages('export async function handleImportClick(field: HTMLInputElement) {\n  const res = await fetch(field.value);\n  return res.text();\n}\n');
    expect(downloaded).toMatch(/^suggestion: .*downloaded whole \(`res\.text\(\)` of what a person typed/);
    expect(downloaded).not.toMatch(/long server work/);
  });

  it('counts the state of a controlled field as typed', () => {
    const component = (field: string) =>
      messages(`import { useState } from 'react';\nexport function Form() {\n  const [url, setUrl] = useState('');\n  const handleImport = () => fetch(url).then((r) => r.json());\n  return ${field};\n}\n`);
    expect(component('<TextInput value={url} onChange={(e) => setUrl(e.currentTarget.value)} />')[0]).toMatch(/fetches what a person typed \(`url`, the value of a field\)/);
    expect(component('<TextInput value={url} onChange={() => undefined} />')[0]).toMatch(/waits for long server work \(`handleImport`\)/);
  });

  it('keeps long server work for a URL the caller passes in or a fixed one', () => {
    const [passed] = messages('export async function importBackup(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n');
    expect(passed).toMatch(/^suggestion: .*waits for long server work \(`importBackup`\)/);
  });
});

describe("fetch-timeout and the module's tests", () => {
  const TEST = "global.fetch = vi.fn();\nexpect(fetch).toHaveBeenCalledWith('/api/items', { method: 'GET' });\n";
  /** `fix message` of each finding, and the times the rule asked for the module's tests. */
  function run(code: string, filePath = 'src/api/load.ts'): { findings: string[]; asked: number } {
    let asked = 0;
    const getModuleTests = (): ModuleTest[] => {
      asked++;
      return [{ file: 'load.test.ts', ast: parseSource(TEST, { language: 'ts', sourceType: 'module' }), source: new SourceText(TEST) }];
    };
    const result = lintSource({
      raw: code,
      filePath,
      displayPath: filePath,
      rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
      settings: DEFAULT_SETTINGS,
      project: { ...NO_PROJECT, getModuleTests },
      applyLevels: getAppliedLevels(false),
    });
    return { findings: result.findings.map((finding) => `${finding.fix} ${finding.message}`), asked };
  }

  it('suggests the fix a test asserting the exact arguments would fail, and names the test', () => {
    const { findings } = run("export const load = () => fetch('/api/items', { method: 'GET' });\n");
    expect(findings).toEqual([
      'suggestion `fetch(…)` has no `signal`: the request can hang for ever. A test asserts the exact arguments of this request (load.test.ts:2): the added `signal` would fail it — update the assertion with the fix (e.g. `expect.objectContaining(…)` for the options).',
    ]);
  });

  it('does not read the tests for a fix that is already a suggestion, nor in a test file', () => {
    expect(run("export const load = (init: RequestInit) => fetch('/api/items', init);\n").asked).toBe(0);
    expect(run("it('loads', () => fetch('/api/items', { method: 'GET' }));\n", 'src/api/load.test.ts')).toEqual({
      findings: ['auto `fetch(…)` has no `signal`: the request can hang for ever.'],
      asked: 0,
    });
  });
});

describe('fetch-timeout suggestion reasons', () => {
  function messages(code: string): string[] {
    return lintSource({
      raw: code,
      filePath: 'src/api/load.ts',
      displayPath: 'src/api/load.ts',
      rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
      settings: DEFAULT_SETTINGS,
      applyLevels: getAppliedLevels(false),
    }).findings.map((finding) => finding.message);
  }

  it('says why options with a spread or in a variable make only a suggestion', () => {
    const [spread] = messages("declare const extra: RequestInit;\nexport const load = (url: string) => fetch(url, { method: 'GET', ...extra });\n");
    expect(spread).toContain('The options spread another object (`...extra`)');
    const [conditional] = messages("export const load = (url: string, withCookies: boolean) => fetch(url, { ...(withCookies && { credentials: 'include' as const }) });\n");
    expect(conditional).toContain('The options spread another object:');
    const [variable] = messages('declare function sign(init: RequestInit): void;\nexport const load = (url: string) => {\n  const init: RequestInit = {};\n  sign(init);\n  return fetch(url, init);\n};\n');
    expect(variable).toContain('The options are an expression (`init`) whose keys are not known here');
  });

  it('adds no such reason to a literal without a spread', () => {
    const [plain] = messages("export const load = (url: string) => fetch(url, { method: 'GET' });\n");
    expect(plain).not.toContain('spread');
    expect(plain).not.toContain('expression');
  });
});

describe('fetch-timeout: a function that forwards the rest of its caller\'s options', () => {
  const forwardedNote = (code: string) => lintFetch(code).findings.map((finding) => `${finding.fix} ${/forwards its caller's `init`/.test(finding.message)}`);

  it('names the forwarded parameter when the request gets the rest of it', () => {
    expect(forwardedNote('export const f: typeof fetch = async (input, init) => {\n  const { dispatcher, ...safeInit } = (init ?? {}) as RequestInit & { dispatcher?: unknown };\n  return fetch(input, safeInit);\n};\n')).toEqual(['suggestion true']);
  });

  it('does not for the rest of an object of its own', () => {
    expect(forwardedNote("export async function f(input: string, init: RequestInit) {\n  const { credentials, ...own } = { method: 'HEAD', credentials: 'omit' as const };\n  return fetch(input, own);\n}\n")).toEqual(['suggestion false']);
  });
});
