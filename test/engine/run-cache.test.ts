/**
 * `--cache`: a second run takes each file's findings from the cache only while every input of
 * that file is unchanged. To tell a cached finding from a recomputed one, the tests rewrite the
 * messages stored in the cache file: a message that comes back as `FROM CACHE` was not
 * recomputed. Each input is changed on its own; corrupt, foreign and other-version cache files
 * are ignored with a note, and concurrent runs leave a valid cache.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type RunOptions } from '../../src/engine/run';
import type { RunResult } from '../../src/core/finding';
import { assertBuilt, BIN } from '../helpers/cli';
import { TOOL_VERSION } from '../../src/version';
import { editCacheEntries, readCacheEntries } from '../helpers/cache-file';
import { initRepo, makeProject, writeFiles } from '../helpers/temp';

const LEAKY = "export async function load(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n";
/** A finding with a suggestion only (no output): `init` is a variable. */
const SUGGESTION = 'export async function load(url: string, init: RequestInit) {\n  const res = await fetch(url, init);\n  return res.json();\n}\n';
const TIMER = 'export function start(tick: () => void) {\n  setInterval(tick, 1000);\n}\n';

const CACHE = 'cache/unleak.json';

function cacheRun(dir: string, extra: RunOptions = {}): Promise<RunResult> {
  return run({ cwd: dir, cache: true, cacheLocation: CACHE, jobs: 1, ...extra });
}

/** Marks every finding stored in the cache, so that a finding taken from it shows. */
function markCachedFindings(dir: string): number {
  let marked = 0;
  editCacheEntries(path.join(dir, CACHE), (entries) => {
    for (const entry of entries.values()) {
      for (const finding of entry.findings) {
        finding.message = 'FROM CACHE';
        marked++;
      }
    }
  });
  return marked;
}

/** `file: cached|fresh` for each finding. */
function origins(result: RunResult): string[] {
  return result.findings.map((finding) => `${finding.file}: ${finding.message === 'FROM CACHE' ? 'cached' : 'fresh'}`);
}

function comparable(result: RunResult): unknown {
  const { timings: _timings, jobs: _jobs, ...rest } = result;
  return JSON.parse(JSON.stringify({ ...rest, summary: { ...rest.summary, durationMs: 0 } }));
}

describe('--cache', () => {
  it('a second run gives the identical report, from the cache', async () => {
    const dir = makeProject({ 'src/a.ts': SUGGESTION, 'src/b.ts': TIMER, 'src/c.ts': 'export const c = 1;\n', 'src/leaky.ts': LEAKY });
    const first = await cacheRun(dir);
    expect(fs.existsSync(path.join(dir, CACHE))).toBe(true);
    const second = await cacheRun(dir);
    expect(comparable(second)).toEqual(comparable(first));
    expect(comparable(second)).toEqual(comparable(await run({ cwd: dir, jobs: 1 })));
    expect(markCachedFindings(dir)).toBe(3);
    const third = await cacheRun(dir);
    expect(origins(third)).toEqual(['src/a.ts: cached', 'src/b.ts: cached', 'src/leaky.ts: cached']);
    // The fixed text comes from the cache too (no prettier config formats it).
    expect(third.files.find((file) => file.file === 'src/leaky.ts')?.output).toContain('AbortSignal.timeout(10_000)');
    expect(third.summary.filesChanged).toBe(1);
  });

  it('the fixed text of a file a prettier config formats is not cached; a prettier config that appears invalidates', async () => {
    const dir = makeProject({ 'src/leaky.ts': LEAKY, 'src/a.ts': SUGGESTION });
    await cacheRun(dir);
    markCachedFindings(dir);
    expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: cached', 'src/leaky.ts: cached']);
    markCachedFindings(dir);
    writeFiles(dir, { '.prettierrc.json': '{ "printWidth": 100 }\n' });
    expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: fresh', 'src/leaky.ts: fresh']);
    markCachedFindings(dir);
    // With the config there: findings without a fix are cached, the fixed file is linted again.
    expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: cached', 'src/leaky.ts: fresh']);
  });

  it('is off by default', async () => {
    const dir = makeProject({ 'src/a.ts': SUGGESTION });
    await run({ cwd: dir, jobs: 1 });
    expect(fs.existsSync(path.join(dir, 'node_modules/.cache/unleak'))).toBe(false);
  });

  it('goes to node_modules/.cache/unleak/ under the nearest package.json above the working directory', async () => {
    const dir = makeProject({ 'package.json': '{"name":"app","private":true}\n', 'src/a.ts': SUGGESTION });
    await run({ cwd: path.join(dir, 'src'), cache: true, jobs: 1 });
    expect(fs.existsSync(path.join(dir, 'node_modules/.cache/unleak/cache.json'))).toBe(true);
  });

  describe('each input invalidates on its own', () => {
    const files = { 'package.json': '{"name":"app","private":true,"engines":{"node":">=20"}}\n', 'src/a.ts': SUGGESTION, 'src/b.ts': TIMER };
    const both = ['src/a.ts: cached', 'src/b.ts: cached'];
    async function primed(): Promise<string> {
      const dir = makeProject(files);
      await cacheRun(dir);
      markCachedFindings(dir);
      expect(origins(await cacheRun(dir))).toEqual(both);
      markCachedFindings(dir);
      return dir;
    }

    it('the file content: only that file', async () => {
      const dir = await primed();
      writeFiles(dir, { 'src/a.ts': `// edited\n${SUGGESTION}` });
      expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: fresh', 'src/b.ts: cached']);
    });

    it('the rule set', async () => {
      const dir = await primed();
      expect(origins(await cacheRun(dir, { skipRules: ['listener-cleanup'] }))).toEqual(['src/a.ts: fresh', 'src/b.ts: fresh']);
    });

    it('a rule option', async () => {
      const dir = await primed();
      expect(origins(await cacheRun(dir, { ruleOptions: { 'fetch-timeout': { timeoutMs: 5000 } } }))).toEqual(['src/a.ts: fresh', 'src/b.ts: fresh']);
    });

    it('the settings (config)', async () => {
      const dir = await primed();
      writeFiles(dir, { 'unleak.config.json': '{ "settings": { "reportProcessLifetime": true } }\n' });
      expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: fresh', 'src/b.ts: fresh']);
    });

    it('the runtime target (package.json engines)', async () => {
      const dir = await primed();
      writeFiles(dir, { 'package.json': '{"name":"app","private":true,"engines":{"node":">=16"}}\n' });
      expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: fresh', 'src/b.ts: fresh']);
    });

    it('the print width (.editorconfig)', async () => {
      const dir = await primed();
      writeFiles(dir, { '.editorconfig': 'root = true\n[*]\nmax_line_length = 60\n' });
      expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: fresh', 'src/b.ts: fresh']);
    });

    it('the print width of one file (.editorconfig section for its name): only that file', async () => {
      const dir = await primed();
      writeFiles(dir, { '.editorconfig': 'root = true\n[b.ts]\nmax_line_length = 60\n' });
      expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: cached', 'src/b.ts: fresh']);
    });

    it("the scanned project's print width when the working directory is elsewhere (its own .editorconfig)", async () => {
      const dir = makeProject(files);
      initRepo(dir);
      const cwd = makeProject({ 'README.md': 'elsewhere\n' });
      const outside = (): Promise<RunResult> => run({ cwd, paths: [dir], cache: true, cacheLocation: CACHE, jobs: 1 });
      await outside();
      markCachedFindings(cwd);
      expect(origins(await outside()).map((origin) => origin.replace(`${dir}/`, ''))).toEqual(both);
      markCachedFindings(cwd);
      writeFiles(dir, { '.editorconfig': 'root = true\n[*]\nmax_line_length = 60\n' });
      expect(origins(await outside()).map((origin) => origin.replace(`${dir}/`, ''))).toEqual(['src/a.ts: fresh', 'src/b.ts: fresh']);
    });

    it('the unleak version: the cache is ignored with a note, and replaced', async () => {
      const dir = await primed();
      const file = path.join(dir, CACHE);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"tool":"[^"]*"/, '"tool":"0.0.1-other"'));
      const notes: string[] = [];
      expect(origins(await cacheRun(dir, { onNote: (note) => notes.push(note) }))).toEqual(['src/a.ts: fresh', 'src/b.ts: fresh']);
      expect(notes).toEqual([expect.stringContaining('was written by unleak 0.0.1-other')]);
      expect(fs.readFileSync(file, 'utf8')).not.toContain('0.0.1-other');
    });
  });

  it('an answer about another file: the export of an imported module', async () => {
    // A published library: the fix is a suggestion (no console.error written into it), so the file has no output and is cached.
    const dir = makeProject({
      'package.json': '{"name":"lib","main":"index.js"}\n',
      'src/api.ts': 'export async function save(): Promise<void> {}\n',
      // `async` in the text: the rule's prefilter parses only files that mention async work.
      'src/use.ts': "import { save } from './api';\nexport function onClick() {\n  save();\n}\nexport async function unrelated() {}\n",
    });
    const first = await cacheRun(dir, { rules: ['unconsumed-promise'], types: false });
    expect(first.findings.map((finding) => finding.file)).toEqual(['src/use.ts']);
    markCachedFindings(dir);
    expect(origins(await cacheRun(dir, { rules: ['unconsumed-promise'], types: false }))).toEqual(['src/use.ts: cached']);
    // api.ts changes, use.ts does not: use.ts's finding must go.
    writeFiles(dir, { 'src/api.ts': 'export function save(): void {}\n' });
    expect((await cacheRun(dir, { rules: ['unconsumed-promise'], types: false })).findings).toEqual([]);
  });

  it("answers about other files: an Angular service's request methods, through a tsconfig path alias", async () => {
    const service = (body: string) => `import { HttpClient } from '@angular/common/http';\nimport { Subject } from 'rxjs';\nexport class SeriesService {\n  readonly changes = new Subject<number>();\n  constructor(private http: HttpClient) {}\n  getSeries(id: number) {\n    return ${body};\n  }\n}\n`;
    const dir = makeProject({
      'package.json': '{"name":"app","private":true}\n',
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@services/*": ["src/services/*"] } } }\n',
      'src/services/series.service.ts': service('this.http.get(`/api/series/${id}`)'),
      'src/other/series.service.ts': service('this.changes.asObservable()'),
      'src/detail.component.ts':
        "import { Component, OnInit } from '@angular/core';\nimport { SeriesService } from '@services/series.service';\n@Component({ selector: 'app-detail', template: '' })\nexport class DetailComponent implements OnInit {\n  constructor(private series: SeriesService) {}\n  ngOnInit(): void {\n    this.series.getSeries(1).subscribe(() => {});\n  }\n}\n",
    });
    const options: RunOptions = { rules: ['listener-cleanup'], types: false };
    const found = async () => (await cacheRun(dir, options)).findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix}`);
    // A request: it completes, no finding.
    expect(await found()).toEqual([]);
    expect(await found()).toEqual([]);
    // Only the service changes: its method now returns a stream that never completes.
    writeFiles(dir, { 'src/services/series.service.ts': service('this.changes.asObservable()') });
    expect(await found()).toEqual(['src/detail.component.ts:7 suggestion']);
    writeFiles(dir, { 'src/services/series.service.ts': service('this.http.get(`/api/series/${id}`)') });
    expect(await found()).toEqual([]);
    // Only the tsconfig changes: the alias now names the other service.
    writeFiles(dir, { 'tsconfig.json': '{ "compilerOptions": { "paths": { "@services/*": ["src/other/*"] } } }\n' });
    expect(await found()).toEqual(['src/detail.component.ts:7 suggestion']);
  });

  it("answers about other files: a request method an Angular service inherits from a base class in a third file", async () => {
    const base = (body: string) => `import { HttpClient } from '@angular/common/http';\nimport { inject } from '@angular/core';\nimport { Subject } from 'rxjs';\nexport abstract class ResourceService {\n  protected http = inject(HttpClient);\n  readonly changes = new Subject<number>();\n  get(id: number) {\n    return ${body};\n  }\n}\n`;
    const dir = makeProject({
      'package.json': '{"name":"app","private":true}\n',
      'src/services/resource.service.ts': base('this.http.get(`/api/${id}`)'),
      'src/services/tag.service.ts': "import { ResourceService } from './resource.service';\nexport class TagService extends ResourceService {}\n",
      'src/tag.component.ts':
        "import { Component, OnInit } from '@angular/core';\nimport { TagService } from './services/tag.service';\n@Component({ selector: 'app-tag', template: '' })\nexport class TagComponent implements OnInit {\n  constructor(private tags: TagService) {}\n  ngOnInit(): void {\n    this.tags.get(1).subscribe(() => {});\n  }\n}\n",
    });
    initRepo(dir);
    const options: RunOptions = { rules: ['listener-cleanup'], types: false };
    const found = async () => (await cacheRun(dir, options)).findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix}`);
    expect(await found()).toEqual([]);
    expect(await found()).toEqual([]);
    // Only the base class changes (neither the component nor the service it imports does).
    writeFiles(dir, { 'src/services/resource.service.ts': base('this.changes.asObservable()') });
    expect(await found()).toEqual(['src/tag.component.ts:7 suggestion']);
  });

  it("an answer about the package's files: a global unhandled-rejection handler that appears", async () => {
    const dir = makeProject({
      'package.json': '{"name":"app","private":true}\n',
      'src/use.js': 'async function save() {}\nexport function onClick() {\n  save();\n}\n',
      'src/boot.js': 'export function boot() {}\n',
    });
    const options: RunOptions = { rules: ['unconsumed-promise'], types: false };
    expect((await cacheRun(dir, options)).findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix}`)).toEqual(['src/use.js:3 auto']);
    markCachedFindings(dir);
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.js: cached']);
    // Only boot.js changes: it installs an error page for unhandled rejections; use.js's fix must become a suggestion.
    writeFiles(dir, { 'src/boot.js': "export function boot() {\n  window.addEventListener('unhandledrejection', (event) => showErrorPage(event.reason));\n}\n" });
    const after = await cacheRun(dir, options);
    expect(origins(after)).toEqual(['src/use.js: fresh']);
    expect(after.findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix}`)).toEqual(['src/use.js:3 suggestion']);
    expect(after.findings[0]!.message).toContain('(src/boot.js:2)');
    // Kept with a digest of what the walk looked at: the next run takes the answer without walking.
    expect(Object.keys((JSON.parse(fs.readFileSync(path.join(dir, CACHE), 'utf8')) as { handlers: object }).handlers)).toEqual([fs.realpathSync(dir)]);
    markCachedFindings(dir);
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.js: cached']);
  });

  it("the package's rejection handler of each file's own environment: a Node handler that appears leaves browser code's cached answer", async () => {
    const dir = makeProject({
      'package.json': '{"name":"app","private":true}\n',
      'src/Save.jsx': 'async function save() {}\nexport function Save() {\n  return <button onClick={() => { save(); }}>Save</button>;\n}\n',
      'scripts/sync.mjs': "import { readFile } from 'node:fs/promises';\nasync function sync() { await readFile('x'); }\nexport function onChange() {\n  sync();\n}\n",
    });
    const options: RunOptions = { rules: ['unconsumed-promise'], types: false };
    const levels = async (): Promise<string[]> => (await cacheRun(dir, options)).findings.map((finding) => `${finding.file}: ${finding.message === 'FROM CACHE' ? 'cached' : finding.fix}`);
    expect(await levels()).toEqual(['scripts/sync.mjs: auto', 'src/Save.jsx: auto']);
    markCachedFindings(dir);
    // A Node launcher's handler: the Node script's fix becomes a suggestion; the browser component's answer (none) holds.
    writeFiles(dir, { 'scripts/dev.mjs': "process.on('unhandledRejection', (reason) => { shutdown(reason); });\n" });
    expect(await levels()).toEqual(['scripts/sync.mjs: suggestion', 'src/Save.jsx: cached']);
    markCachedFindings(dir);
    // A page handler: now the component's fix is a suggestion too, naming it.
    writeFiles(dir, { 'src/boot.js': "window.addEventListener('unhandledrejection', (event) => showError(event.reason));\n" });
    const after = await cacheRun(dir, options);
    expect(after.findings.map((finding) => `${finding.file}: ${finding.message === 'FROM CACHE' ? 'cached' : finding.fix}`)).toEqual(['scripts/sync.mjs: cached', 'src/Save.jsx: suggestion']);
    expect(after.findings[1]!.message).toContain('(src/boot.js:1)');
  });

  it("the package's rejection handler, from files outside the run: a new folder, an edit, a nested package", async () => {
    const dir = makeProject({
      'package.json': '{"name":"app","private":true}\n',
      'src/app/use.js': 'async function save() {}\nexport function onClick() {\n  save();\n}\n',
      'src/lib/util.js': 'export const util = 1;\n',
    });
    // Only src/app is scanned; the walk for the handler covers the whole package.
    const options: RunOptions = { rules: ['unconsumed-promise'], types: false, paths: ['src/app'] };
    const levels = async (): Promise<string[]> => (await cacheRun(dir, options)).findings.map((finding) => `${finding.file}: ${finding.message === 'FROM CACHE' ? 'cached' : finding.fix}`);
    expect(await levels()).toEqual(['src/app/use.js: auto']);
    markCachedFindings(dir);
    expect(await levels()).toEqual(['src/app/use.js: cached']);
    const handler = "export function boot() {\n  window.addEventListener('unhandledrejection', (event) => showErrorPage(event.reason));\n}\n";
    writeFiles(dir, { 'src/boot/errors.js': handler });
    expect(await levels()).toEqual(['src/app/use.js: suggestion']);
    markCachedFindings(dir);
    expect(await levels()).toEqual(['src/app/use.js: cached']);
    // The folder becomes a package of its own: its handler is not this package's.
    writeFiles(dir, { 'src/boot/package.json': '{"name":"boot","private":true}\n' });
    expect(await levels()).toEqual(['src/app/use.js: auto']);
    markCachedFindings(dir);
    fs.rmSync(path.join(dir, 'src/boot/package.json'));
    expect(await levels()).toEqual(['src/app/use.js: suggestion']);
    markCachedFindings(dir);
    // The handler file edited: now it only logs.
    writeFiles(dir, { 'src/boot/errors.js': "window.addEventListener('unhandledrejection', (event) => console.error(event.reason));\n" });
    expect(await levels()).toEqual(['src/app/use.js: auto']);
  });

  it('answers about other files: a module re-exported from, and which file a specifier resolves to', async () => {
    const dir = makeProject({
      'package.json': '{"name":"lib","main":"index.js"}\n',
      'src/api.ts': "export * from './impl';\n",
      'src/impl.ts': 'export async function save(): Promise<void> {}\n',
      'src/lib/index.ts': 'export async function load(): Promise<void> {}\n',
      'src/use.ts': "import { save } from './api';\nimport { load } from './lib';\nexport function onClick() {\n  save();\n  load();\n}\nexport async function unrelated() {}\n",
    });
    const options: RunOptions = { rules: ['unconsumed-promise'], types: false };
    expect((await cacheRun(dir, options)).findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['src/use.ts:4', 'src/use.ts:5']);
    markCachedFindings(dir);
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: cached', 'src/use.ts: cached']);
    // Only the module behind the re-export changes.
    writeFiles(dir, { 'src/impl.ts': 'export function save(): void {}\n' });
    expect((await cacheRun(dir, options)).findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['src/use.ts:5']);
    markCachedFindings(dir);
    // './lib' now names another file (lib.ts comes before lib/index.ts, which is unchanged).
    writeFiles(dir, { 'src/lib.ts': 'export function load(): void {}\n' });
    expect((await cacheRun(dir, options)).findings).toEqual([]);
  });

  it("an answer about other files: the module's tests (a changed test, a new test file)", async () => {
    const assertion = (matcher: string): string =>
      `import { authorize } from '../slack';\nglobal.fetch = vi.fn();\nit('calls', async () => {\n  await authorize('w1');\n  expect(fetch).toHaveBeenCalledWith('/api/slack', ${matcher});\n});\n`;
    const dir = makeProject({
      'src/slack.ts': "export async function authorize(workspaceId: string) {\n  const res = await fetch('/api/slack', { method: 'GET', headers: { workspaceId } });\n  return res.json();\n}\n",
      'src/slack.test.ts': "import { authorize } from './slack';\nit('runs', () => authorize('w1'));\n",
    });
    const options: RunOptions = { rules: ['fetch-timeout'], types: false };
    const levels = async (): Promise<string[]> => (await cacheRun(dir, options)).findings.map((finding) => `${finding.file}: ${finding.message === 'FROM CACHE' ? 'cached' : finding.fix}`);
    expect(await levels()).toEqual(['src/slack.ts: auto']);
    markCachedFindings(dir);
    expect(await levels()).toEqual(['src/slack.ts: cached']);
    // A test file appears beside the module, in a folder that did not exist.
    writeFiles(dir, { 'src/__tests__/slack.test.ts': assertion("{ method: 'GET', headers: { workspaceId: 'w1' } }") });
    expect(await levels()).toEqual(['src/slack.ts: suggestion']);
    markCachedFindings(dir);
    expect(await levels()).toEqual(['src/slack.ts: cached']);
    // The test changes, the module does not.
    writeFiles(dir, { 'src/__tests__/slack.test.ts': assertion("expect.objectContaining({ method: 'GET' })") });
    expect(await levels()).toEqual(['src/slack.ts: auto']);
  });

  it('answers of several files resting on one module: a change to it reaches each, whether the module is in the run or not', async () => {
    const importer = (specifier: string): string => `import { save } from '${specifier}';\nexport function onClick() {\n  save();\n}\nexport async function unrelated() {}\n`;
    const dir = makeProject({
      'package.json': '{"name":"lib","main":"index.js"}\n',
      'src/app/api.ts': 'export async function save(): Promise<void> {}\n',
      'src/app/a.ts': importer('./api'),
      'src/app/b.ts': importer('./api'),
      'src/app/deep/c.ts': importer('../api'),
      'src/shared/api.ts': 'export async function save(): Promise<void> {}\n',
      'src/app/d.ts': importer('../shared/api'),
      'src/app/e.ts': importer('../shared/api'),
    });
    // Only src/app is scanned: src/shared/api.ts is read for the answers, not as a file of the run.
    const options: RunOptions = { rules: ['unconsumed-promise'], types: false, paths: ['src/app'] };
    const files = ['src/app/a.ts', 'src/app/b.ts', 'src/app/d.ts', 'src/app/deep/c.ts', 'src/app/e.ts'];
    expect((await cacheRun(dir, options)).findings.map((finding) => finding.file)).toEqual(files);
    expect(markCachedFindings(dir)).toBe(5);
    expect(origins(await cacheRun(dir, options))).toEqual(files.map((file) => `${file}: cached`));
    writeFiles(dir, { 'src/app/api.ts': 'export function save(): void {}\n' });
    expect(origins(await cacheRun(dir, options))).toEqual(['src/app/d.ts: cached', 'src/app/e.ts: cached']);
    writeFiles(dir, { 'src/shared/api.ts': 'export function save(): void {}\n' });
    expect((await cacheRun(dir, options)).findings).toEqual([]);
  });

  it('type information: a changed tsconfig or any changed file of the run invalidates what used types', async () => {
    const dir = makeProject({
      'package.json': '{"name":"lib","main":"index.js"}\n',
      'tsconfig.json': '{ "compilerOptions": { "strict": true, "target": "es2022", "module": "esnext", "moduleResolution": "bundler" }, "include": ["src"] }\n',
      'src/api.ts': 'export const client = { save: (): Promise<void> => Promise.resolve() };\n',
      'src/use.ts': "import { client } from './api';\nexport function onClick() {\n  client.save();\n}\nexport async function unrelated() {}\n",
      'src/other.ts': 'export const other = 1;\n',
    });
    const options: RunOptions = { rules: ['unconsumed-promise'] };
    const first = await cacheRun(dir, options);
    expect(first.findings.map((finding) => finding.file)).toEqual(['src/use.ts']);
    expect(first.summary.typeInfo?.tsconfigs).toEqual(['tsconfig.json']);
    markCachedFindings(dir);
    const second = await cacheRun(dir, options);
    expect(origins(second)).toEqual(['src/use.ts: cached']);
    expect(second.summary.typeInfo).toEqual(first.summary.typeInfo);
    markCachedFindings(dir);
    writeFiles(dir, { 'src/other.ts': 'export const other = 2;\n' });
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: fresh']);
    markCachedFindings(dir);
    writeFiles(dir, { 'tsconfig.json': '{ "compilerOptions": { "strict": false, "target": "es2022", "module": "esnext", "moduleResolution": "bundler" }, "include": ["src"] }\n' });
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: fresh']);
  });

  describe('--cache-strategy', () => {
    /** A project whose files have a whole-millisecond modification time (a `Date` can give it back exactly). */
    function project(files: Record<string, string>): string {
      const dir = makeProject(files);
      for (const file of Object.keys(files)) fs.utimesSync(path.join(dir, file), SOME_TIME, SOME_TIME);
      return dir;
    }
    const SOME_TIME = new Date('2026-01-02T03:04:05.678Z');
    /** Rewrites `file` with other text of the same length, and gives it back its modification time. */
    function rewriteKeepingMetadata(dir: string, file: string, text: string): void {
      const absolute = path.join(dir, file);
      expect(Buffer.byteLength(text)).toBe(fs.statSync(absolute).size);
      fs.writeFileSync(absolute, text);
      fs.utimesSync(absolute, SOME_TIME, SOME_TIME);
    }
    const SAME_LENGTH = SUGGESTION.replace('load', 'loaD');

    // Same length: a file with no finding, and the same file with a fetch that has no deadline.
    const QUIET = "export const c = ftech('x');\n";
    const LOUD = "export const c = fetch('x');\n";

    it('metadata (the default): a file with the size and modification time of its entry is not read again', async () => {
      const dir = project({ 'src/a.ts': SUGGESTION, 'src/c.ts': QUIET });
      await cacheRun(dir);
      markCachedFindings(dir);
      rewriteKeepingMetadata(dir, 'src/c.ts', LOUD);
      // The limit ESLint's default has too: the same size and time are taken for the same text.
      expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: cached']);
      // A file whose findings come from the cache is read for them, and its hash checked.
      rewriteKeepingMetadata(dir, 'src/a.ts', SAME_LENGTH);
      expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: fresh']);
      // Another modification time: read, hashed, and linted again since the text changed.
      fs.utimesSync(path.join(dir, 'src/c.ts'), new Date(), new Date(Date.now() + 5_000));
      expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: fresh', 'src/c.ts: fresh']);
    });

    it('metadata: a file touched without a change is read, found unchanged, and still a hit', async () => {
      const dir = makeProject({ 'src/a.ts': SUGGESTION });
      await cacheRun(dir);
      markCachedFindings(dir);
      fs.utimesSync(path.join(dir, 'src/a.ts'), new Date(), new Date(Date.now() + 5_000));
      expect(origins(await cacheRun(dir))).toEqual(['src/a.ts: cached']);
    });

    it('content: every file is read and hashed, so a same-size change within the same time is seen', async () => {
      const dir = project({ 'src/a.ts': SUGGESTION, 'src/c.ts': QUIET });
      await cacheRun(dir, { cacheStrategy: 'content' });
      markCachedFindings(dir);
      rewriteKeepingMetadata(dir, 'src/c.ts', LOUD);
      expect(origins(await cacheRun(dir, { cacheStrategy: 'content' }))).toEqual(['src/a.ts: cached', 'src/c.ts: fresh']);
    });

    it('a run whose files all come from the cache does not rewrite it', async () => {
      const dir = makeProject({ 'src/a.ts': SUGGESTION, 'src/b.ts': TIMER });
      // A repository: the settings lookups stop at its root. Outside one they list every folder
      // up to `/`, and the settings snapshot keeps each listing's modification time, so another
      // test making a temp folder in the same parent would rightly make the next run look the
      // settings up again and rewrite the cache (a flaky failure in full runs).
      initRepo(dir);
      await cacheRun(dir);
      // The first run created the cache's folder in the project's folder, which the settings
      // lookups list: the second takes the settings snapshot again (and writes it).
      await cacheRun(dir);
      const file = path.join(dir, CACHE);
      const past = new Date(Date.now() - 60_000);
      fs.utimesSync(file, past, past);
      const before = fs.statSync(file).mtimeMs;
      await cacheRun(dir);
      expect(fs.statSync(file).mtimeMs).toBe(before);
      writeFiles(dir, { 'src/c.ts': TIMER });
      await cacheRun(dir);
      expect(fs.statSync(file).mtimeMs).not.toBe(before);
    });
  });

  it('--write: a rewritten file is linted again next time', async () => {
    const dir = makeProject({ 'src/leaky.ts': LEAKY, 'src/a.ts': SUGGESTION });
    initRepo(dir);
    await cacheRun(dir);
    const written = await cacheRun(dir, { write: true, allowDirty: true });
    expect(written.summary.filesChanged).toBe(1);
    const after = await cacheRun(dir);
    expect(after.findings.map((finding) => finding.file)).toEqual(['src/a.ts']);
    expect(comparable(after)).toEqual(comparable(await run({ cwd: dir, jobs: 1 })));
  });

  it('a corrupt cache is ignored with a note and written afresh', async () => {
    const dir = makeProject({ 'src/a.ts': SUGGESTION });
    const expected = comparable(await run({ cwd: dir, jobs: 1 }));
    const head = `{"format":"unleak-cache","formatVersion":2,"tool":${JSON.stringify(TOOL_VERSION)},"key":"k"`;
    const broken = {
      'cut short': '{"format":"unleak-cache","formatVersion":1,"tool',
      'another version': '{"format":"unleak-cache","formatVersion":1,"tool":"x"}',
      'the previous format': `{"format":"unleak-cache","formatVersion":1,"tool":${JSON.stringify(TOOL_VERSION)},"key":"k","entries":{}}`,
      'a string that is not one': `${head},"strings":[1],"resolutions":[],"modules":[],"listings":[],"entries":[]}`,
      'a fact naming a string that is not there': `${head},"strings":[],"resolutions":[[0,"./a",null]],"modules":[],"listings":[],"entries":[]}`,
      'no entries': `${head},"strings":[],"resolutions":[],"modules":[],"listings":[]}`,
      'no listings': `${head},"strings":[],"resolutions":[],"modules":[],"entries":[]}`,
    };
    for (const [what, text] of Object.entries(broken)) {
      writeFiles(dir, { [CACHE]: text });
      const notes: string[] = [];
      const result = await cacheRun(dir, { onNote: (note) => notes.push(note) });
      expect(comparable(result), what).toEqual(expected);
      expect(notes, what).toHaveLength(1);
      expect(notes[0], what).toMatch(/corrupt|written by unleak x|cache format 1/);
      expect(() => JSON.parse(fs.readFileSync(path.join(dir, CACHE), 'utf8'))).not.toThrow();
    }
    // Entries that are not entries are not trusted either: each finding is marked, so a trusted one would show.
    const file = path.join(dir, CACHE);
    const spoilers: Record<string, (entry: unknown[]) => unknown> = {
      "format 1's shape": () => ({ hash: 'x', findings: 'nope' }),
      'cut short': (entry) => entry.slice(0, 3),
      'a settings key that is not there': (entry) => [...entry.slice(0, 4), 1e9, entry[5]],
      'changed, without the fixed text': (entry) => [...entry.slice(0, 5), { ...(entry[5] as object), status: 'changed' }],
      'an answer resting on a fact that is not there': (entry) => [...entry.slice(0, 5), { ...(entry[5] as object), asked: true, resolved: [7] }],
      'notes that are not text': (entry) => [...entry.slice(0, 5), { ...(entry[5] as object), notes: [1] }],
    };
    for (const [what, spoil] of Object.entries(spoilers)) {
      await cacheRun(dir);
      expect(markCachedFindings(dir)).toBe(1);
      const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: unknown[][] };
      cache.entries = cache.entries.map(spoil) as unknown[][];
      fs.writeFileSync(file, JSON.stringify(cache));
      expect(comparable(await cacheRun(dir)), what).toEqual(expected);
    }
  });

  it('a file that is not an unleak cache is never trusted nor overwritten', async () => {
    const dir = makeProject({ 'src/a.ts': SUGGESTION, [CACHE]: '{"entries": {}, "hello": "world"}\n' });
    const notes: string[] = [];
    const result = await cacheRun(dir, { onNote: (note) => notes.push(note) });
    expect(result.findings).toHaveLength(1);
    expect(notes).toEqual([expect.stringContaining('is not an unleak cache')]);
    expect(fs.readFileSync(path.join(dir, CACHE), 'utf8')).toBe('{"entries": {}, "hello": "world"}\n');
  });

  describe('from the CLI', () => {
    beforeAll(() => assertBuilt());

    function runBin(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      });
    }

    it('concurrent runs leave a valid cache, and the next run reports the same', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 40; i++) files[`src/f${i}.ts`] = i % 2 === 0 ? SUGGESTION : TIMER;
      const dir = makeProject(files);
      const args = ['--cache', '--cache-location', CACHE, '--format', 'json', '--quiet'];
      const runs = await Promise.all([runBin(dir, args), runBin(dir, args), runBin(dir, args)]);
      for (const result of runs) expect(result.code).toBe(0);
      expect(readCacheEntries(path.join(dir, CACHE)).size).toBe(40);
      expect(fs.readdirSync(path.join(dir, 'cache'))).toEqual(['unleak.json']);
      const strip = (text: string): unknown => {
        const report = JSON.parse(text) as { summary: { durationMs: number }; timings: unknown };
        return { ...report, summary: { ...report.summary, durationMs: 0 }, timings: null };
      };
      const next = await runBin(dir, args);
      expect(strip(next.stdout)).toEqual(strip(runs[0]!.stdout));
    });

    it('--cache-location needs --cache; problems with the cache file are notes on stderr', async () => {
      const dir = makeProject({ 'src/a.ts': SUGGESTION, 'not-ours.json': '[1, 2, 3]\n' });
      expect((await runBin(dir, ['--cache-location', 'x.json'])).stderr).toContain('--cache-location only makes sense with --cache');
      expect((await runBin(dir, ['--cache-strategy', 'content'])).stderr).toContain('--cache-strategy only makes sense with --cache');
      expect((await runBin(dir, ['--cache', '--cache-strategy', 'mtime'])).stderr).toContain('--cache-strategy: expected metadata or content, got "mtime"');
      const result = await runBin(dir, ['--cache', '--cache-location', 'not-ours.json', '--format', 'json']);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('unleak: note: cache');
      expect(result.stderr).toContain('is not an unleak cache');
    });
  });
});

describe('--cache and a cross-file rule (loop-cancellation)', () => {
  it('plans on every run: a change in another file changes the finding of a cached file', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-cache-loop-')));
    fs.cpSync(path.resolve(__dirname, '../../__testfixtures__/projects/loop-cancellation/cross-file-options/input'), dir, { recursive: true });
    try {
      const options: RunOptions = { rules: ['loop-cancellation'] };
      const first = await cacheRun(dir, options);
      const crossFile = first.findings.filter((finding) => (finding.otherFiles?.length ?? 0) > 0);
      expect(crossFile.length).toBeGreaterThan(0);
      const second = await cacheRun(dir, options);
      expect(comparable(second)).toEqual(comparable(first));
      // A caller in another file is gone: the plan sees it, though the loop's file is unchanged.
      const [finding] = crossFile;
      const callerFile = finding!.otherFiles![0]!.file;
      writeFiles(dir, { [callerFile]: `// emptied\nexport {};\n` });
      const third = await cacheRun(dir, options);
      expect(comparable(third)).toEqual(comparable(await run({ cwd: dir, jobs: 1, ...options })));
      expect(third.findings.find((f) => f.file === finding!.file && f.line === finding!.line)?.otherFiles ?? []).not.toContainEqual(expect.objectContaining({ file: callerFile }));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a plan kept in the cache follows each workspace package's runtime target", async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-cache-target-')));
    fs.cpSync(path.resolve(__dirname, '../../__testfixtures__/projects/loop-cancellation/workspace-package-target/input'), dir, { recursive: true });
    initRepo(dir);
    try {
      const options: RunOptions = { rules: ['loop-cancellation'] };
      const fixOf = (result: RunResult, file: string): string | undefined => result.findings.find((finding) => finding.file === file)?.fix;
      const legacy = 'packages/legacy/src/fetch-job.js';
      const first = await cacheRun(dir, options);
      // Node 16 lacks AbortSignal.prototype.throwIfAborted: no fix there, though the root targets Node 22.
      expect([fixOf(first, legacy), fixOf(first, 'packages/current/src/fetch-job.js')]).toEqual(['none', 'auto']);
      expect(comparable(await cacheRun(dir, options))).toEqual(comparable(first));
      // Only the package's manifest changes: no file of the run does, and the plan must not be recalled.
      writeFiles(dir, { 'packages/legacy/package.json': '{ "name": "legacy-client", "type": "module", "engines": { "node": ">=22" } }\n' });
      const upgraded = await cacheRun(dir, options);
      expect(fixOf(upgraded, legacy)).toBe('auto');
      expect(comparable(upgraded)).toEqual(comparable(await run({ cwd: dir, jobs: 1, ...options })));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
