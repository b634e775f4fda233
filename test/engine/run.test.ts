import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile, prepareJob, type EngineJob } from '../../src/engine/process-file';
import { run, UsageError } from '../../src/engine/run';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { git, initRepo, makeProject, read } from '../helpers/temp';
import { ruleIds } from '../../transforms/index';

const LEAKY = "export async function load(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n";
const SAFE = 'export const answer = 42;\n';

function checkTotals(summary: { filesScanned: number; filesUnchanged: number; filesChanged: number; filesSkipped: number; filesErrored: number }) {
  expect(summary.filesScanned).toBe(summary.filesUnchanged + summary.filesChanged + summary.filesSkipped + summary.filesErrored);
}

describe('run (in-process pipeline)', () => {
  it('dry run: reports, writes nothing, and the totals add up', async () => {
    const dir = makeProject({ 'src/leaky.ts': LEAKY, 'src/safe.ts': SAFE });
    const before = fs.statSync(path.join(dir, 'src/leaky.ts')).mtimeMs;
    const result = await run({ cwd: dir });
    expect(result.mode).toBe('dry-run');
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.fix}`)).toEqual(['src/leaky.ts:2 fetch-timeout auto']);
    expect(result.findings[0]!.applied).toBeUndefined();
    expect(result.summary).toMatchObject({ filesScanned: 2, filesWithFindings: 1, filesChanged: 1, filesUnchanged: 1, findings: 1, errors: 0 });
    checkTotals(result.summary);
    expect(read(dir, 'src/leaky.ts')).toBe(LEAKY);
    expect(fs.statSync(path.join(dir, 'src/leaky.ts')).mtimeMs).toBe(before);
  });

  it('--write: fixes atomically, leaves unchanged files untouched, second run changes nothing', async () => {
    const dir = makeProject({ 'src/leaky.ts': LEAKY, 'src/safe.ts': SAFE, 'src/other.ts': "void fetch('/x', { signal });\n" });
    const safeMtime = fs.statSync(path.join(dir, 'src/safe.ts')).mtimeMs;
    const otherMtime = fs.statSync(path.join(dir, 'src/other.ts')).mtimeMs;
    const result = await run({ cwd: dir, write: true });
    expect(result.summary.filesChanged).toBe(1);
    expect(result.findings[0]!.applied).toBe(true);
    expect(read(dir, 'src/leaky.ts')).toContain('AbortSignal.timeout(10_000)');
    expect(fs.statSync(path.join(dir, 'src/safe.ts')).mtimeMs).toBe(safeMtime);
    expect(fs.statSync(path.join(dir, 'src/other.ts')).mtimeMs).toBe(otherMtime);
    // No temp files left behind by the atomic write.
    expect(fs.readdirSync(path.join(dir, 'src')).sort()).toEqual(['leaky.ts', 'other.ts', 'safe.ts']);
    const second = await run({ cwd: dir, write: true });
    expect(second.summary.filesChanged).toBe(0);
    expect(second.findings).toEqual([]);
  });

  it('keeps BOM and CRLF when writing', async () => {
    const crlf = '\uFEFF' + LEAKY.replace(/\n/g, '\r\n');
    const dir = makeProject({ 'a.ts': crlf });
    await run({ cwd: dir, write: true });
    const written = read(dir, 'a.ts');
    expect(written.startsWith('\uFEFF')).toBe(true);
    expect(written).toContain('AbortSignal.timeout');
    expect(written.replace(/\r\n/g, '')).not.toContain('\n');
    expect(written.split('\r\n')).toHaveLength(LEAKY.split('\n').length);
  });

  it('isolates bad files: binary, too large, unparseable, not UTF-8; the run goes on', async () => {
    const dir = makeProject({
      'good.ts': LEAKY,
      'binary.js': Buffer.from([0x66, 0x65, 0x74, 0x63, 0x68, 0x28, 0x00, 0x01, 0x02]),
      'huge.js': `fetch(url);\n${'// padding\n'.repeat(2000)}`,
      'broken.ts': 'fetch(url);\nconst x = ;\n',
      'latin1.js': Buffer.concat([Buffer.from('fetch(url); // caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    });
    const result = await run({ cwd: dir, maxFileSize: 10_000, write: true });
    const errors = Object.fromEntries(result.errors.map((e) => [e.file, e.kind]));
    expect(errors).toEqual({ 'binary.js': 'binary', 'huge.js': 'too-large', 'broken.ts': 'parse', 'latin1.js': 'read' });
    expect(result.errors.find((e) => e.file === 'broken.ts')).toMatchObject({ line: 2 });
    expect(result.summary).toMatchObject({ filesScanned: 5, filesErrored: 4, filesChanged: 1 });
    checkTotals(result.summary);
    expect(read(dir, 'good.ts')).toContain('AbortSignal.timeout');
    expect(read(dir, 'broken.ts')).toBe('fetch(url);\nconst x = ;\n');
    expect(fs.readFileSync(path.join(dir, 'latin1.js')).includes(0xe9)).toBe(true);
  });

  it('reports a file that cannot be read with its path', async () => {
    const dir = makeProject({});
    const job: EngineJob = {
      rules: [{ id: 'fetch-timeout', options: { timeoutMs: 10_000, timeoutExpression: '' } }],
      settings: DEFAULT_SETTINGS,
      unsafe: false,
      maxFileSize: 1 << 20,
      prettier: { enabled: false, execConfig: false, stopAt: dir },
    };
    const outcome = await processFile({ absolutePath: path.join(dir, 'gone.ts'), displayPath: 'gone.ts', size: 1, mtimeMs: 0 }, prepareJob(job));
    expect(outcome.status).toBe('errored');
    expect(outcome.errors).toMatchObject([{ file: 'gone.ts', kind: 'read' }]);
    expect(outcome.errors[0]!.message).toContain('ENOENT');
  });

  it('refuses --write on a dirty git work tree unless allowed', async () => {
    const dir = makeProject({ 'src/leaky.ts': LEAKY });
    initRepo(dir);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'uncommitted');
    await expect(run({ cwd: dir, write: true })).rejects.toThrow(UsageError);
    await expect(run({ cwd: dir, write: true })).rejects.toThrow(/uncommitted changes:\n {2}notes\.txt/);
    expect(read(dir, 'src/leaky.ts')).toBe(LEAKY);
    const allowed = await run({ cwd: dir, write: true, allowDirty: true });
    expect(allowed.summary.filesChanged).toBe(1);
  });

  it('writes in a clean git work tree', async () => {
    const dir = makeProject({ 'src/leaky.ts': LEAKY });
    initRepo(dir);
    const result = await run({ cwd: dir, write: true });
    expect(result.summary.filesChanged).toBe(1);
    expect(git(dir, 'status', '--porcelain')).toBe(' M src/leaky.ts\n');
  });

  it('does not write a file that changed on disk during the run', async () => {
    const dir = makeProject({ 'a.ts': LEAKY });
    const result = await run({
      cwd: dir,
      write: true,
      onProgress: (p) => {
        if (p.phase === 'scan' && p.done === p.total) fs.writeFileSync(path.join(dir, 'a.ts'), LEAKY + '// edited meanwhile\n');
      },
    });
    expect(result.errors).toMatchObject([{ file: 'a.ts', kind: 'write' }]);
    expect(read(dir, 'a.ts')).toBe(LEAKY + '// edited meanwhile\n');
    checkTotals(result.summary);
  });

  it('selects rules from config, --rules and --skip-rules, and rejects unknown ids', async () => {
    const allOff = Object.fromEntries([...ruleIds].map((id) => [id, 'off']));
    const dir = makeProject({ 'a.ts': LEAKY, 'unleak.config.json': JSON.stringify({ rules: allOff }) });
    await expect(run({ cwd: dir })).rejects.toThrow('no rules selected');
    expect((await run({ cwd: dir, config: false })).findings).toHaveLength(1);
    await expect(run({ cwd: dir, rules: ['fetch-timout'] })).rejects.toThrow(/unknown rule "fetch-timout"/);
    await expect(run({ cwd: dir, config: false, skipRules: [...ruleIds] })).rejects.toThrow('no rules selected');
  });

  it('passes rule options from the config and validates them', async () => {
    const dir = makeProject({ 'a.ts': LEAKY, 'package.json': JSON.stringify({ unleak: { rules: { 'fetch-timeout': { timeoutMs: 5000 } } } }) });
    const result = await run({ cwd: dir, write: true });
    expect(read(dir, 'a.ts')).toContain('AbortSignal.timeout(5_000)');
    expect(result.summary.filesChanged).toBe(1);
    const bad = makeProject({ 'a.ts': LEAKY, 'unleak.config.json': JSON.stringify({ rules: { 'fetch-timeout': { timeoutMs: 'soon' } } }) });
    await expect(run({ cwd: bad })).rejects.toThrow(/timeoutMs.*must be a number/);
    const typo = makeProject({ 'a.ts': LEAKY, 'unleak.config.json': JSON.stringify({ rulez: {} }) });
    await expect(run({ cwd: typo })).rejects.toThrow(/unknown key "rulez"/);
  });

  it('reads effectHooks and reportProcessLifetime from the project settings, and still per rule with one deprecation note', async () => {
    const HOOKED = "import { useMountEffect } from './hooks';\nexport function C() {\n  useMountEffect(() => {\n    setInterval(tick, 1000);\n  });\n  return null;\n}\nfunction tick() {}\n";
    const MODULE_LEVEL = 'setInterval(() => {}, 1000);\n';
    const files = { 'c.ts': HOOKED, 'm.ts': MODULE_LEVEL };
    const describe = (result: Awaited<ReturnType<typeof run>>) => result.findings.filter((f) => f.rule === 'timer-cleanup').map((f) => `${f.file}:${f.line} ${f.fix}`);
    const timerOnly = { rules: ['timer-cleanup'] };

    const none = await run({ cwd: makeProject(files), ...timerOnly });
    expect(describe(none)).toEqual(['c.ts:4 none']);

    const settings = { effectHooks: ['useMountEffect'], reportProcessLifetime: true };
    const viaSettings = await run({ cwd: makeProject({ ...files, 'unleak.config.json': JSON.stringify({ settings }) }), ...timerOnly });
    expect(describe(viaSettings)).toEqual(['c.ts:4 auto', 'm.ts:1 none']);
    expect(viaSettings.notes.filter((note) => note.includes('deprecated'))).toEqual([]);

    const perRule = await run({ cwd: makeProject({ ...files, 'unleak.config.json': JSON.stringify({ rules: { 'timer-cleanup': settings } }) }), ...timerOnly });
    expect(describe(perRule)).toEqual(describe(viaSettings));
    expect(perRule.notes.filter((note) => note.includes('deprecated'))).toEqual([
      'rules.timer-cleanup.effectHooks is deprecated: set "settings": { "effectHooks": ... } once for every rule (the per-rule form still works in this release)',
      'rules.timer-cleanup.reportProcessLifetime is deprecated: set "settings": { "reportProcessLifetime": ... } once for every rule (the per-rule form still works in this release)',
    ]);

    const bad = makeProject({ 'a.ts': LEAKY, 'unleak.config.json': JSON.stringify({ settings: { effectHook: ['x'] } }) });
    await expect(run({ cwd: bad })).rejects.toThrow(/unknown setting "effectHook"/);
    const wrongType = makeProject({ 'a.ts': LEAKY, 'unleak.config.json': JSON.stringify({ settings: { reportProcessLifetime: 'yes' } }) });
    await expect(run({ cwd: wrongType })).rejects.toThrow(/settings.reportProcessLifetime must be true or false/);
  });

  it('reports a missing path as a usage error', async () => {
    const dir = makeProject({ 'a.ts': LEAKY });
    await expect(run({ cwd: dir, paths: ['src'] })).rejects.toThrow(/no such file, directory or matching glob: "src"/);
  });
});

describe('runtime target per project', () => {
  it('reads engines from the package.json nearest to each file (monorepo packages differ)', async () => {
    const dir = makeProject({
      'package.json': JSON.stringify({ name: 'root', private: true }),
      'packages/modern/package.json': JSON.stringify({ name: 'modern', engines: { node: '>=22' } }),
      'packages/modern/src/a.ts': "export function load(url: string, signal: AbortSignal) {\n  return fetch(url, { method: 'GET' });\n}\n",
      'packages/legacy/package.json': JSON.stringify({ name: 'legacy', engines: { node: '>=16.0' } }),
      'packages/legacy/src/a.ts': "export function load(url: string) {\n  return fetch(url, { method: 'GET' });\n}\n",
    });
    initRepo(dir);
    const result = await run({ cwd: dir, rules: ['fetch-timeout'], write: true });
    expect(read(dir, 'packages/modern/src/a.ts')).toContain('AbortSignal.any([signal, AbortSignal.timeout(10_000)])');
    // Node 16.0 has neither AbortSignal.timeout nor a helper configured: report only.
    expect(read(dir, 'packages/legacy/src/a.ts')).not.toContain('AbortSignal');
    expect(result.findings.find((f) => f.file === 'packages/legacy/src/a.ts')?.fix).toBe('none');
  });

  it('resolves the target from the scanned project, not from the working directory', async () => {
    const project = makeProject({
      'package.json': JSON.stringify({ name: 'rn-app', dependencies: { 'react-native': '0.80.0' } }),
      'src/a.ts': "export const load = (url: string) => fetch(url);\n",
    });
    const elsewhere = makeProject({ 'package.json': JSON.stringify({ name: 'tool' }) });
    const result = await run({ cwd: elsewhere, paths: [project], rules: ['fetch-timeout'] });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.fix).toBe('none');
  });
});

describe('generated and bundled files', () => {
  it('skips them (listed with the reason), unless default ignores are off', async () => {
    const dir = makeProject({
      'src/api.gen.ts': '// Code generated by openapi-generator. DO NOT EDIT.\nexport const load = (url: string) => fetch(url);\n',
      'public/vendor.js': `${'var a=1;'.repeat(4000)}\nfetch(url);\n`,
      'src/a.ts': LEAKY,
    });
    const result = await run({ cwd: dir, rules: ['fetch-timeout'] });
    expect(result.findings.map((f) => f.file)).toEqual(['src/a.ts']);
    expect(result.skipped).toEqual([
      { file: 'public/vendor.js', reason: 'minified or bundled code (a line of 32,000 characters)' },
      { file: 'src/api.gen.ts', reason: 'generated file (its header says so)' },
    ]);
    expect(result.summary.filesSkipped).toBe(2);
    checkTotals(result.summary);
    const all = await run({ cwd: dir, rules: ['fetch-timeout'], defaultIgnores: false });
    expect(all.findings.map((f) => f.file)).toEqual(['public/vendor.js', 'src/a.ts', 'src/api.gen.ts']);
  });
});
