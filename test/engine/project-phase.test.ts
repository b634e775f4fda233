/**
 * The project phase: fixes that span files, planned once per run and applied all or nothing,
 * and every report format showing each file of such a fix. Runs the real engine with
 * loop-cancellation (the rule with a project phase) on temporary projects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyProjectFixes, createOffsetMap, planProject, type ProjectFileState } from '../../src/engine/project-phase';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { rule as loopCancellation } from '../../transforms/loop-cancellation/rule';
import { findCallSites } from '../../src/engine/project-call-sites';
import { createProjectFiles } from '../../src/engine/project-files';
import { clearTsconfigPaths } from '../../src/engine/tsconfig-paths';
import { createPublicApiQuery } from '../../src/engine/public-api';
import { run } from '../../src/engine/run';
import { createFormatContext } from '../../src/report/context';
import type { Finding } from '../../src/core/finding';
import { buildGithubReview } from '../../src/report/github-review';
import { formatDiff } from '../../src/report/diff';
import { formatJson } from '../../src/report/json';
import { formatPretty } from '../../src/report/pretty';
import { buildSarifLog } from '../../src/report/sarif';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import type { NodePath } from '../../src/core/traverse';
import { git, initRepo, makeProject, read } from '../helpers/temp';
import { validateSarif } from '../report/schemas';

const WATCHER = [
  "import { setTimeout as sleep } from 'node:timers/promises';",
  "import type { WatchOptions } from './types.js';",
  '',
  'export async function watchQueue(name: string, options: WatchOptions) {',
  '  for (;;) {',
  '    console.log(name);',
  '    await sleep(options.intervalMs);',
  '  }',
  '}',
  '',
].join('\n');

const PROJECT = {
  'package.json': '{ "name": "p", "private": true, "type": "module" }\n',
  'src/lib/types.ts': 'export interface WatchOptions {\n  intervalMs: number;\n}\n',
  'src/lib/watcher.ts': WATCHER,
  'src/lib/index.ts': "export { watchQueue } from './watcher.js';\n",
  'src/server.ts': [
    "import { watchQueue } from './lib/index.js';",
    '',
    'export async function GET(request: Request) {',
    "  void watchQueue('next', { intervalMs: 100 });",
    "  return new Response('ok');",
    '}',
    '',
  ].join('\n'),
};

function loopRun(dir: string, options: Parameters<typeof run>[0] = {}) {
  return run({ cwd: dir, rules: ['loop-cancellation'], config: false, jobs: 1, ...options });
}

describe('a fix that spans files', () => {
  test('a dry run reports one finding whose fix edits three files', async () => {
    const dir = makeProject(PROJECT);
    const result = await loopRun(dir);
    expect(result.findings).toHaveLength(1);
    const finding = result.findings[0]!;
    expect(finding.file).toBe('src/lib/watcher.ts');
    expect(finding.fix).toBe('auto');
    expect(finding.otherFiles?.map((part) => part.file)).toEqual(['src/lib/types.ts', 'src/server.ts']);
    expect(result.summary.filesChanged).toBe(3);
    expect(JSON.parse(formatJson(result)).findings[0].fixFiles).toEqual(['src/lib/watcher.ts', 'src/lib/types.ts', 'src/server.ts']);
  });

  test('--write writes every file of the fix, and a second run finds nothing', async () => {
    const dir = makeProject(PROJECT);
    const result = await loopRun(dir, { write: true, allowDirty: true });
    expect(result.findings[0]!.applied).toBe(true);
    expect(read(dir, 'src/lib/types.ts')).toBe('export interface WatchOptions {\n  intervalMs: number;\n  signal?: AbortSignal;\n}\n');
    expect(read(dir, 'src/server.ts')).toContain("void watchQueue('next', { intervalMs: 100, signal: request.signal });");
    expect(read(dir, 'src/lib/watcher.ts')).toContain('for (; !options.signal?.aborted;) {');
    const again = await loopRun(dir, { write: true, allowDirty: true });
    expect(again.findings).toEqual([]);
    expect(again.summary.filesChanged).toBe(0);
  });

  test('callers found through the type layer: a tsconfig path alias the syntactic lookup cannot follow', async () => {
    const aliased = {
      ...PROJECT,
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', baseUrl: '.', paths: { '@lib/*': ['src/lib/*'] } }, include: ['src'] }),
      'src/server.ts': (PROJECT['src/server.ts'] as string).replace("'./lib/index.js'", "'@lib/watcher.js'"),
    };
    const withTypes = await loopRun(makeProject(aliased));
    expect(withTypes.findings[0]!.otherFiles?.map((part) => part.file)).toEqual(['src/lib/types.ts', 'src/server.ts']);
    // --no-types: the syntactic lookup sees no importer, so the caller is not edited.
    const withoutTypes = await loopRun(makeProject(aliased), { types: false });
    expect(withoutTypes.findings[0]!.otherFiles?.map((part) => part.file)).toEqual(['src/lib/types.ts']);
  });

  test('all or nothing on disk: a write failure in one file of the fix writes none, leaves no temporary file, and names the file', async () => {
    const dir = makeProject(PROJECT);
    const before = Object.fromEntries(Object.keys(PROJECT).map((file) => [file, read(dir, file)]));
    const failing = path.join(dir, 'src/server.ts');
    // Running as root makes a read-only file writable, so the failure is injected through the run's write seam.
    const writeIo = {
      writeFile(absolutePath: string, content: string, mode: number) {
        if (absolutePath.startsWith(`${failing}.`)) throw Object.assign(new Error(`EACCES: permission denied, open '${absolutePath}'`), { code: 'EACCES' });
        fs.writeFileSync(absolutePath, content, { mode, flag: 'wx' });
      },
      rename: (from: string, to: string) => fs.renameSync(from, to),
      unlink: (file: string) => fs.rmSync(file, { force: true }),
    };
    const result = await loopRun(dir, { write: true, allowDirty: true, writeIo });
    for (const file of Object.keys(PROJECT)) expect(read(dir, file), file).toBe(before[file]);
    const leftovers = fs.readdirSync(dir, { recursive: true }).map(String).filter((file) => file.includes('.unleak-'));
    expect(leftovers).toEqual([]);
    expect(result.findings[0]!.applied).toBe(false);
    const messages = result.errors.filter((error) => error.kind === 'write');
    expect(messages.map((error) => error.file).sort()).toEqual(['src/lib/types.ts', 'src/lib/watcher.ts', 'src/server.ts']);
    for (const error of messages) expect(error.message).toContain(`${failing} could not be written`);
    expect(result.summary.filesChanged).toBe(0);
  });

  test('all or nothing on disk: a rename that fails after others succeeded puts the replaced files back', async () => {
    const dir = makeProject(PROJECT);
    const before = Object.fromEntries(Object.keys(PROJECT).map((file) => [file, read(dir, file)]));
    const failing = path.join(dir, 'src/server.ts');
    const renamedTargets: string[] = [];
    const writeIo = {
      writeFile: (absolutePath: string, content: string | Uint8Array, mode: number) => fs.writeFileSync(absolutePath, content, { mode, flag: 'wx' }),
      rename(from: string, to: string) {
        if (to === failing) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}'`), { code: 'EBUSY' });
        fs.renameSync(from, to);
        renamedTargets.push(to);
      },
      unlink: (file: string) => fs.rmSync(file, { force: true }),
    };
    const result = await loopRun(dir, { write: true, allowDirty: true, writeIo });
    // Some files were replaced before the failing rename (else this test would not test the rollback) …
    expect(renamedTargets.filter((target) => target !== failing).length).toBeGreaterThan(0);
    // … and every one of them holds its original bytes again.
    for (const file of Object.keys(PROJECT)) expect(read(dir, file), file).toBe(before[file]);
    const leftovers = fs.readdirSync(dir, { recursive: true }).map(String).filter((file) => file.includes('.unleak-'));
    expect(leftovers).toEqual([]);
    expect(result.findings[0]!.applied).toBe(false);
    const messages = result.errors.filter((error) => error.kind === 'write');
    expect(messages.length).toBeGreaterThan(0);
    for (const error of messages) expect(error.message).toContain('the files already replaced were put back');
    expect(result.summary.filesChanged).toBe(0);
  });

  test('all or nothing: when one file of the fix would not parse, no file changes', () => {
    const states = new Map<string, ProjectFileState>([
      ['a.ts', { source: 'f();\n', output: 'f();\n', eol: '\n', absolutePath: '/x/a.ts' }],
      ['b.ts', { source: 'g();\n', output: 'g();\n', eol: '\n', absolutePath: '/x/b.ts' }],
    ]);
    const finding: Finding = {
      rule: 'loop-cancellation', file: 'a.ts', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'm', fix: 'auto', confidence: 'high',
      edits: [{ start: 2, end: 2, text: 'signal' }],
      otherFiles: [{ file: 'b.ts', edits: [{ start: 2, end: 2, text: ', (' }] }],
    };
    const errors = applyProjectFixes([finding], new Set(['auto']), states);
    expect(finding.applied).toBe(false);
    expect(states.get('a.ts')!.output).toBe('f();\n');
    expect(states.get('b.ts')!.output).toBe('g();\n');
    expect(errors[0]!.message).toMatch(/does not parse in b\.ts.*none of its files were changed/);
  });

  test('a project fix and a per-file fix that give one React effect its controller write it once', async () => {
    // loop-cancellation (project phase) threads a signal into pollStatus(); unsettled-promise
    // (per file) ties the effect's event wait to it: one controller, one cleanup, in one run.
    const dir = makeProject({
      'package.json': '{ "name": "p", "private": true }\n',
      'status.tsx': [
        "import { useEffect, useState } from 'react';",
        "import { EventEmitter } from 'node:events';",
        "import { setTimeout as sleep } from 'node:timers/promises';",
        '',
        'const jobEvents = new EventEmitter();',
        '',
        'async function pollStatus(jobId: string, onStatus: (status: string) => void): Promise<void> {',
        '  while (true) {',
        '    onStatus(jobId);',
        '    await sleep(2_000);',
        '  }',
        '}',
        '',
        'export function JobStatus({ jobId }: { jobId: string }) {',
        "  const [status, setStatus] = useState('pending');",
        '  const [hint, setHint] = useState(false);',
        '  useEffect(() => {',
        '    void pollStatus(jobId, setStatus);',
        "    new Promise((resolve) => jobEvents.once('slow', resolve))",
        '      .then(() => setHint(true))',
        '      .catch(() => {});',
        '  }, [jobId]);',
        '  return <p>{status}{hint ? "…" : ""}</p>;',
        '}',
        '',
      ].join('\n'),
    });
    const both = { cwd: dir, rules: ['loop-cancellation', 'unsettled-promise'], config: false, jobs: 1, write: true, allowDirty: true } as const;
    const first = await run(both);
    expect(first.errors).toEqual([]);
    expect(first.findings.map((finding) => `${finding.rule} ${finding.fix} ${finding.applied}`)).toEqual(['loop-cancellation auto true', 'unsettled-promise auto true']);
    const text = read(dir, 'status.tsx');
    expect(text.match(/new AbortController\(\)/g)).toHaveLength(1);
    expect(text.match(/controller\.abort\(\)/g)).toHaveLength(1);
    expect(text).toContain('void pollStatus(jobId, setStatus, controller.signal);');
    expect(text).toContain("once(jobEvents, 'slow', { signal: controller.signal })");
    const second = await run(both);
    expect(second.findings).toEqual([]);
    expect(read(dir, 'status.tsx')).toBe(text);
  });

  test('edits move onto text a per-file fix changed, and refuse text it replaced', () => {
    const map = createOffsetMap('abc\ndef\n', 'X\nabc\ndeF\n');
    expect(map.mapEdit({ start: 0, end: 0, text: '1' })).toEqual({ start: 2, end: 2, text: '1' });
    expect(map.mapEdit({ start: 6, end: 7, text: '2' })).toBeNull();
  });

  test('a replacement next to text a per-file fix added there is refused, not nested into it', () => {
    // One rule's per-file fix wrote `void` → `() => void`; the other's replaces the same `void`.
    const map = createOffsetMap('f(): void {}\n', 'f(): () => void {}\n');
    expect(map.mapEdit({ start: 5, end: 9, text: '() => void' })).toBeNull();
    // An insertion there keeps its place, as before
    expect(map.mapEdit({ start: 5, end: 5, text: 'x' })).toEqual({ start: 5, end: 5, text: 'x' });
  });

  test('two rules that each give one function a returned cleanup (--unsafe) write one, with its return type once', async () => {
    const dir = makeProject({
      'package.json': '{ "name": "p", "private": true }\n',
      'feed.ts': [
        "import { EventEmitter } from 'node:events';",
        '',
        'export const feed = new EventEmitter();',
        '',
        'export function follow(onItem: (tag: string) => void): void {',
        "  setInterval(() => feed.emit('tick'), 60_000);",
        "  feed.on('item', (tag: string) => {",
        '    onItem(tag);',
        '  });',
        '}',
        '',
      ].join('\n'),
    });
    const result = await run({ cwd: dir, rules: ['timer-cleanup', 'listener-cleanup'], config: false, jobs: 1, write: true, unsafe: true, allowDirty: true });
    const text = read(dir, 'feed.ts');
    expect(text).toContain('export function follow(onItem: (tag: string) => void): () => void {');
    expect(text.match(/return \(\) =>/g)).toHaveLength(1);
    expect(result.errors.map((error) => error.message)).toEqual([expect.stringMatching(/listener-cleanup .* another fix already changed the code it edits/)]);
  });

  test('two rules that each give an untyped set-up arrow a returned cleanup (--unsafe) write one return, not a second unreachable one', async () => {
    // No return type to refuse: the listener fix's `return () => {…}` would land right after the
    // timer fix's own, in the same gap of white space a character diff may place it anywhere in.
    const setup = [
      "import cluster from 'node:cluster';",
      '',
      'export const setup = () => {',
      '  if (cluster.isPrimary) {',
      '    setInterval(load, 1000);',
      '  } else {',
      "    process.on('message', (message) => {",
      '      update(message);',
      '    });',
      '  }',
      '};',
      '',
      'function load() {}',
      'function update() {}',
      '',
    ].join('\n');
    const dir = makeProject({ 'package.json': '{ "name": "p", "private": true, "type": "module" }\n', 'setup.js': setup });
    const options = { cwd: dir, rules: ['timer-cleanup', 'listener-cleanup'], config: false, jobs: 1, write: true, unsafe: true, allowDirty: true } as const;
    const first = await run(options);
    expect(read(dir, 'setup.js').match(/return \(\) =>/g)).toHaveLength(1);
    expect(first.errors.map((error) => error.message)).toEqual([expect.stringMatching(/listener-cleanup .* another fix already changed the code it edits/)]);
    await run(options);
    const text = read(dir, 'setup.js');
    expect(text.match(/return \(\) =>/g)).toHaveLength(1);
    expect(text).toMatch(/clearInterval\(intervalId\);\n[^]*process\.off\('message', handleMessage\);|process\.off\('message', handleMessage\);\n[^]*clearInterval\(intervalId\);/);
  });

  test("listeners of one function whose callers decide for some of them (--unsafe): one returned cleanup per run, every removal in it by the second", async () => {
    const init = [
      "const user = document.querySelector<HTMLInputElement>('#user');",
      "const lfs = document.querySelector<HTMLInputElement>('#lfs');",
      '',
      '// The caller hands the handler: the file decides for this listener, the callers for the other',
      'export function initMigration(onLfs: () => void) {',
      "  user?.addEventListener('input', () => {console.log('user')});",
      "  lfs?.addEventListener('change', onLfs);",
      '}',
      '',
    ].join('\n');
    const dir = makeProject({ 'package.json': '{ "name": "p", "private": true }\n', 'migration.ts': init, 'page.ts': "import { initMigration } from './migration';\nexport const pages = [() => initMigration(() => {})];\n" });
    const options = { cwd: dir, rules: ['listener-cleanup'], config: false, jobs: 1, write: true, unsafe: true, allowDirty: true } as const;
    const first = await run(options);
    expect(first.findings.map((finding) => `${finding.line} ${finding.fix}`)).toEqual(['6 suggestion', '7 suggestion']);
    expect(read(dir, 'migration.ts').match(/return \(\) =>/g)).toHaveLength(1);
    expect(first.errors.map((error) => error.message)).toEqual([expect.stringMatching(/lfs\?\.addEventListener.* overlaps another fix/)]);
    await run(options);
    const text = read(dir, 'migration.ts');
    expect(text.match(/return \(\) =>/g)).toHaveLength(1);
    expect(text).toContain("    user?.removeEventListener('input', handleInput);\n    lfs?.removeEventListener('change', onLfs);\n");
    // An effect decides for its listeners itself: both fixes in one run, joined into its one cleanup by the fix loop.
    const effect = [
      "import { useEffect } from 'react';",
      'export function Migration({ user, lfs }: { user: HTMLInputElement; lfs: HTMLInputElement }) {',
      '  useEffect(() => {',
      "    user.addEventListener('input', () => {console.log('user')});",
      "    lfs.addEventListener('change', toggleLfs);",
      '  }, [user, lfs]);',
      '  return null;',
      '}',
      'function toggleLfs() {}',
      '',
    ].join('\n');
    const alone = makeProject({ 'package.json': '{ "name": "p", "private": true }\n', 'migration.tsx': effect });
    const once = await run({ ...options, cwd: alone });
    expect(once.errors).toEqual([]);
    expect(read(alone, 'migration.tsx')).toContain("    return () => {\n      user.removeEventListener('input', handleInput);\n      lfs.removeEventListener('change', toggleLfs);\n    };\n");
  });

  test('SARIF has one artifactChange per file and stays valid', async () => {
    const dir = makeProject(PROJECT);
    const result = await loopRun(dir);
    const log = buildSarifLog(result, createFormatContext(result));
    expect(validateSarif(log).errors).toBe('');
    const changes = log.runs[0]!.results![0]!.fixes![0]!.artifactChanges;
    expect(changes.map((change) => change.artifactLocation.uri)).toEqual(['src/lib/watcher.ts', 'src/lib/types.ts', 'src/server.ts']);
    expect(changes[1]!.replacements[0]!.insertedContent!.text).toContain('signal?: AbortSignal');
  });

  test('--format diff and the pretty diff show every file', async () => {
    const dir = makeProject(PROJECT);
    const result = await loopRun(dir);
    const diff = formatDiff(result, createFormatContext(result));
    for (const file of ['src/lib/watcher.ts', 'src/lib/types.ts', 'src/server.ts']) expect(diff).toContain(`diff --git a/${file} b/${file}`);
    const pretty = formatPretty(result, { color: false });
    expect(pretty).toContain('@@ src/lib/types.ts:2 @@');
    expect(pretty).toContain('@@ src/server.ts:4 @@');
  });

  test('--changed-since: a finding on a changed line shows the unchanged files it edits; github-review suggests only inside the diff', async () => {
    const base = { ...PROJECT, 'src/lib/watcher.ts': 'export {};\n' };
    const dir = makeProject(base);
    initRepo(dir);
    fs.writeFileSync(path.join(dir, 'src/lib/watcher.ts'), WATCHER);
    fs.writeFileSync(path.join(dir, 'src/server.ts'), PROJECT['src/server.ts']);
    const result = await loopRun(dir, { changedSince: 'main' });
    expect(result.findings).toHaveLength(1);
    const diff = formatDiff(result, createFormatContext(result));
    expect(diff).toContain('diff --git a/src/lib/types.ts b/src/lib/types.ts');
    expect(diff).toContain('diff --git a/src/server.ts b/src/server.ts');
    const review = buildGithubReview(result, createFormatContext(result));
    // watcher.ts is new (in the diff): its part is the finding's suggestion; types.ts is not in the diff.
    expect(review.comments.map((comment) => comment.path)).toEqual(['src/lib/watcher.ts']);
    expect(review.body).toContain('2 parts of fixes that span files');
    expect(review.body).toContain('`src/lib/types.ts` lines 2–2');
    git(dir, 'add', '-A');
  });

  test('github-review: a part in the diff gets its own suggestion', async () => {
    const dir = makeProject({ 'package.json': PROJECT['package.json'] });
    initRepo(dir);
    for (const [name, content] of Object.entries(PROJECT)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    const result = await loopRun(dir, { changedSince: 'main' });
    const review = buildGithubReview(result, createFormatContext(result));
    expect(review.comments.map((comment) => comment.path).sort()).toEqual(['src/lib/types.ts', 'src/lib/watcher.ts', 'src/server.ts']);
    const part = review.comments.find((comment) => comment.path === 'src/server.ts')!;
    expect(part.body).toContain('part of the fix for `src/lib/watcher.ts:5`');
    expect(part.body).toContain('```suggestion');
  });
});

describe('call sites across files', () => {
  function openFunction(dir: string, files: string[], file: string, name: string) {
    const project = createProjectFiles(files.map((f) => ({ displayPath: f, absolutePath: path.join(dir, f) })));
    const opened = project.open(file)!;
    let fn: NodePath | null = null;
    forEachDescendant(opened.program, (p) => {
      const node = p.node as { type: string; id?: { name?: string } };
      if (!fn && (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ClassDeclaration') && (node.id?.name === name || name === 'default')) fn = p;
    });
    return { project, opened, fn: fn! };
  }

  test('an exported function no file of the run imports has its callers elsewhere', () => {
    const files = { 'poll.ts': 'export function poll() {}\npoll();\n', 'other.ts': 'export const x = 1;\n' };
    const dir = makeProject(files);
    const { project, opened, fn } = openFunction(dir, Object.keys(files), 'poll.ts', 'poll');
    const sites = findCallSites(project, opened, fn);
    expect(sites.complete).toBe(false);
    expect(sites.incompleteBecause).toMatch(/no file of this run imports it/);
  });

  test('named, default and namespace imports, through an index re-export', () => {
    const files = {
      'poll.ts': 'export function poll(a: number) {}\nexport default function (b: number) {}\npoll(1);\n',
      'index.ts': "export * from './poll';\n",
      'a.ts': "import { poll } from './index';\nimport start from './poll';\npoll(2);\nstart(3);\n",
      'b.ts': "import * as p from './poll';\np.poll(4);\nfunction shadow(poll: () => void) { poll(); }\n",
    };
    const dir = makeProject(files);
    const { project, opened, fn } = openFunction(dir, Object.keys(files), 'poll.ts', 'poll');
    const sites = findCallSites(project, opened, fn);
    expect(sites.complete).toBe(true);
    expect(sites.calls.map((site) => `${site.file.file}:${site.file.source.text.slice(site.call.node.start!, site.call.node.end!)}`).sort()).toEqual(['a.ts:poll(2)', 'b.ts:p.poll(4)', 'poll.ts:poll(1)']);
    const anonymous = openFunction(dir, Object.keys(files), 'poll.ts', 'default');
    const defaultSites = findCallSites(anonymous.project, anonymous.opened, anonymous.fn.node.type === 'FunctionDeclaration' && (anonymous.fn.node as { id: unknown }).id ? anonymous.fn : anonymous.fn);
    expect(defaultSites.calls.length).toBeGreaterThan(0);
  });

  test('a callee written through any value wrapper is a call (satisfies, <T>, as, !, parentheses)', () => {
    const files = { 'poll.ts': 'type Poll = <T>(x?: T) => void;\nfunction poll<T>(x?: T) {}\n(poll satisfies Poll)();\npoll<number>(1);\n(poll as Poll)!();\nconst keep = [poll];\n' };
    const dir = makeProject(files);
    const { project, opened, fn } = openFunction(dir, ['poll.ts'], 'poll.ts', 'poll');
    const sites = findCallSites(project, opened, fn);
    expect(sites.calls.map((site) => opened.source.text.slice(site.call.node.start!, site.call.node.end!))).toEqual(['(poll satisfies Poll)()', 'poll<number>(1)', '(poll as Poll)!()']);
    expect(sites.values).toHaveLength(1);
  });

  test('CommonJS: module.exports / exports.x at top level, and require() kept, destructured or called at once', () => {
    const files = {
      'poll.js': 'function poll() {}\nfunction start() {}\nmodule.exports = { poll, begin: start };\n',
      'a.js': "const { poll, begin } = require('./poll');\npoll();\nbegin();\n",
      'b.js': "const poller = require('./poll');\npoller.poll();\nrequire('./poll').begin();\n",
    };
    const dir = makeProject(files);
    const { project, opened, fn } = openFunction(dir, Object.keys(files), 'poll.js', 'poll');
    const sites = findCallSites(project, opened, fn);
    expect(sites.complete).toBe(true);
    expect(sites.values).toEqual([]);
    expect(sites.calls.map((site) => `${site.file.file}:${site.file.source.text.slice(site.call.node.start!, site.call.node.end!)}`).sort()).toEqual(['a.js:poll()', 'b.js:poller.poll()']);
    const start = openFunction(dir, Object.keys(files), 'poll.js', 'start');
    expect(findCallSites(start.project, start.opened, start.fn).calls.map((site) => site.file.file).sort()).toEqual(['a.js', 'b.js']);
    // `module.exports = fn`: the module is the function; `exports.x = fn` names it
    const single = { 'init.js': 'function init() {}\nmodule.exports = init;\n', 'main.js': "const init = require('./init');\ninit();\n" };
    const singleDir = makeProject(single);
    const one = openFunction(singleDir, Object.keys(single), 'init.js', 'init');
    const oneSites = findCallSites(one.project, one.opened, one.fn);
    expect([oneSites.complete, oneSites.calls.map((site) => site.file.file)]).toEqual([true, ['main.js']]);
  });

  test("a class: its `new`s are its calls, a JSX element of it (opening tag only) and `extends` are value uses; `exports = module.exports = X` exports it", () => {
    const files = {
      'window.tsx': 'export class AppWindow {}\nexport class Base {}\nclass Own extends Base {}\n',
      'main.tsx': "import { AppWindow, Base } from './window';\nimport * as w from './window';\nconst a = new AppWindow();\nrender(<AppWindow></AppWindow>, el);\nrender(<w.AppWindow />, el);\nlet b: AppWindow;\n",
      'tray.js': 'class Tray {}\nexports = module.exports = Tray;\n',
      'menus.js': "const Tray = require('./tray');\nconst tray = new Tray();\n",
    };
    const dir = makeProject(files);
    const text = (site: { file: { source: { text: string } }; call?: { node: { start?: number | null; end?: number | null } }; reference?: { node: { start?: number | null; end?: number | null } } }): string => {
      const node = (site.call ?? site.reference)!.node;
      return site.file.source.text.slice(node.start!, node.end!);
    };
    const app = openFunction(dir, Object.keys(files), 'window.tsx', 'AppWindow');
    const sites = findCallSites(app.project, app.opened, app.fn);
    expect(sites.complete).toBe(true);
    expect(sites.calls.map(text)).toEqual(['new AppWindow()']);
    // The type annotation is no use; the closing tag is the same element as its opening tag.
    expect(sites.values.map(text)).toEqual(['AppWindow', 'w.AppWindow']);
    const base = openFunction(dir, Object.keys(files), 'window.tsx', 'Base');
    expect(findCallSites(base.project, base.opened, base.fn).values.map((use) => use.reference.parent?.type)).toEqual(['ClassDeclaration']);
    const tray = openFunction(dir, Object.keys(files), 'tray.js', 'Tray');
    const traySites = findCallSites(tray.project, tray.opened, tray.fn);
    expect([traySites.complete, traySites.calls.map(text), traySites.values]).toEqual([true, ['new Tray()'], []]);
  });

  test('require() of the module in a form not followed makes the answer incomplete; a function passed as a value is listed apart', () => {
    const files = {
      'poll.js': 'function poll() {}\nexports.poll = poll;\n',
      'c.js': "const mods = [require('./poll')];\nmods[0].poll();\n",
    };
    const dir = makeProject(files);
    const { project, opened, fn } = openFunction(dir, Object.keys(files), 'poll.js', 'poll');
    const sites = findCallSites(project, opened, fn);
    expect(sites.complete).toBe(false);
    expect(sites.incompleteBecause).toMatch(/require\(\)/);
    const valueFiles = { 'poll.ts': 'function poll() {}\nsetTimeout(poll, 1);\npoll();\n' };
    const valueDir = makeProject(valueFiles);
    const value = openFunction(valueDir, ['poll.ts'], 'poll.ts', 'poll');
    const valueSites = findCallSites(value.project, value.opened, value.fn);
    // A value use is listed for the rule to judge; the callers it can see are all there.
    expect(valueSites.values.map((use) => use.reference.parent?.type)).toEqual(['CallExpression']);
    expect(valueSites.calls).toHaveLength(1);
    expect(valueSites.complete).toBe(true);
  });

  test('with aliases: an import through a tsconfig `paths` alias is followed; without, it is not', () => {
    const files = {
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@lib/*': ['src/lib/*'] } } }),
      'src/lib/poll.ts': 'export function poll() {}\n',
      'src/a.ts': "import { poll } from '@lib/poll';\nvoid poll();\n",
      'src/b.ts': "import { poll } from './lib/poll';\npoll();\n",
    };
    const dir = makeProject(files);
    clearTsconfigPaths();
    const { project, opened, fn } = openFunction(dir, Object.keys(files).filter((f) => f.endsWith('.ts')), 'src/lib/poll.ts', 'poll');
    expect(findCallSites(project, opened, fn).calls.map((site) => site.file.file)).toEqual(['src/b.ts']);
    expect(findCallSites(project, opened, fn, { aliases: true }).calls.map((site) => site.file.file).sort()).toEqual(['src/a.ts', 'src/b.ts']);
  });

  test('public API: exports of the package entry (build output mapped to src/) and what it re-exports', () => {
    const files = {
      'package.json': JSON.stringify({ name: 'lib', exports: { '.': './dist/index.js' } }),
      'src/index.ts': "export { watch } from './watch';\n",
      'src/watch.ts': 'export function watch() {}\nexport function internal() {}\n',
    };
    const dir = makeProject(files);
    const project = createProjectFiles(Object.keys(files).filter((f) => f.endsWith('.ts')).map((f) => ({ displayPath: f, absolutePath: path.join(dir, f) })));
    const isPublicApi = createPublicApiQuery(project);
    expect(isPublicApi(path.join(dir, 'src/watch.ts'), 'watch')).toBe(true);
    expect(isPublicApi(path.join(dir, 'src/watch.ts'), 'internal')).toBe(false);
  });
});

describe('the project phase holds one plan unit of ASTs at a time', () => {
  const files = {
    'a.ts': "import { pollB } from './b';\nexport async function pollA() {\n  while (true) {\n    await pollB();\n  }\n}\n",
    'b.ts': "import { pollA } from './a';\nexport async function pollB() {\n  for (;;) {\n    await fetch('/x');\n  }\n}\nexport function start() {\n  void pollA();\n}\n",
    'c.ts': "import { pollA } from './a';\nimport { pollB } from './b';\nexport function main() {\n  void pollA();\n  void pollB();\n}\n",
  };

  test('scoped: a file first opened inside is released after it (parsed anew), one opened before stays the same object', () => {
    const dir = makeProject(files);
    const project = createProjectFiles(Object.keys(files).map((f) => ({ displayPath: f, absolutePath: path.join(dir, f) })));
    const before = project.open('a.ts')!;
    let inside: ReturnType<typeof project.open> = null;
    const returned = project.scoped(() => {
      inside = project.open('b.ts');
      expect(project.open('b.ts')).toBe(inside);
      expect(project.open('a.ts')).toBe(before);
      project.scoped(() => project.open('c.ts'));
      return 42;
    });
    expect(returned).toBe(42);
    expect(inside).not.toBeNull();
    expect(project.open('a.ts')).toBe(before);
    const again = project.open('b.ts')!;
    expect(again).not.toBe(inside);
    expect(again.source.text).toBe(files['b.ts']);
    expect(() => project.scoped(() => { project.open('c.ts'); throw new Error('boom'); })).toThrow('boom');
  });

  test('a file whose loops the rule would not rewrite collects nothing, so the project phase neither keeps its text nor parses it again', () => {
    const collect = (raw: string) => lintSource({ raw, filePath: '/p/x.ts', displayPath: 'x.ts', rules: [{ rule: loopCancellation, options: {} }], settings: DEFAULT_SETTINGS, applyLevels: new Set(), deferProjectRules: true }).collected?.['loop-cancellation'];
    // Skip: a synchronous loop, a loop with an exit, module code (process lifetime).
    expect(collect('export function spin() {\n  while (true) {\n    step();\n  }\n}\n')).toBeUndefined();
    expect(collect("export async function page() {\n  for (;;) {\n    if (await next()) break;\n  }\n}\n")).toBeUndefined();
    expect(collect("while (true) {\n  await fetch('/x');\n}\n")).toBeUndefined();
    const polling = "export async function poll() {\n  while (true) {\n    await fetch('/x');\n  }\n}\n";
    expect(collect(polling)).toEqual([{ start: polling.indexOf('while'), type: 'WhileStatement' }]);
  });

  test("releasing each file's ASTs after its plan changes no finding: the same plan with a cache that keeps everything", () => {
    const dir = makeProject({ ...files, 'package.json': '{ "name": "p", "private": true }\n' });
    const names = Object.keys(files);
    const collected = names.flatMap((file) => {
      const raw = files[file as keyof typeof files];
      const data = lintSource({ raw, filePath: path.join(dir, file), displayPath: file, rules: [{ rule: loopCancellation, options: {} }], settings: DEFAULT_SETTINGS, applyLevels: new Set(), deferProjectRules: true }).collected?.['loop-cancellation'];
      return data ? [{ file, data }] : [];
    });
    expect(collected.map((entry) => entry.file)).toEqual(['a.ts', 'b.ts']);
    const plan = (keepAll: boolean) => {
      const project = createProjectFiles(names.map((f) => ({ displayPath: f, absolutePath: path.join(dir, f) })));
      const files = keepAll ? { ...project, scoped: <T>(fn: () => T): T => fn() } : project;
      const result = planProject({ rule: loopCancellation, options: {}, collected }, DEFAULT_SETTINGS, files, createPublicApiQuery(files));
      return { findings: result.findings, errors: result.errors };
    };
    const scoped = plan(false);
    const kept = plan(true);
    expect(scoped.errors).toEqual([]);
    // a.ts's plan opens b.ts and c.ts (pollA's callers, and the starters it reports there), releases
    // them, and b.ts's own plan opens b.ts again.
    expect(scoped.findings.map((f) => `${f.file} ${f.fix}`)).toEqual(['a.ts auto', 'b.ts suggestion', 'c.ts suggestion', 'b.ts auto', 'c.ts suggestion']);
    expect(scoped.findings).toEqual(kept.findings);
  });
});
