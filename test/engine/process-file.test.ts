import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareJob, processFile, readForProcessing, type EngineJob, type FileTask } from '../../src/engine/process-file';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { rules } from '../../transforms/index';
import { makeProject } from '../helpers/temp';

const FETCH = 'export async function load(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n';
const TIMER = 'export function start() {\n  setInterval(() => tick(), 1000);\n}\n';
const PLAIN = '\uFEFFexport const answer = 42;\r\nexport const other = 1;\r\n';

function jobFor(dir: string): EngineJob {
  return {
    rules: ['fetch-timeout', 'timer-cleanup'].map((id) => ({ id, options: resolveRuleOptions(rules.find((rule) => rule.meta.id === id)!, undefined) })),
    settings: DEFAULT_SETTINGS,
    unsafe: false,
    maxFileSize: 1 << 20,
    prettier: { enabled: false, execConfig: false, stopAt: dir },
  };
}

function taskOf(dir: string, name: string): FileTask {
  const absolutePath = path.join(dir, name);
  const stat = fs.statSync(absolutePath);
  return { absolutePath, displayPath: name, size: stat.size, mtimeMs: stat.mtimeMs };
}

/** An outcome without its timings (they differ between any two runs). */
function comparable(outcome: Awaited<ReturnType<typeof processFile>>) {
  const { timings: _timings, ...rest } = outcome;
  return rest;
}

describe('processFile: the prefilters run once per file', () => {
  it('readForProcessing names the rules whose prefilter matched, and only those', () => {
    const dir = makeProject({ 'fetch.ts': FETCH, 'timer.ts': TIMER, 'plain.ts': PLAIN });
    const prepared = prepareJob(jobFor(dir));
    expect(readForProcessing(taskOf(dir, 'fetch.ts'), prepared)).toMatchObject({ selected: ['fetch-timeout'], needsParse: true });
    expect(readForProcessing(taskOf(dir, 'timer.ts'), prepared)).toMatchObject({ selected: ['timer-cleanup'], needsParse: true });
    expect(readForProcessing(taskOf(dir, 'plain.ts'), prepared)).toMatchObject({ selected: [], needsParse: false });
  });

  it('an outcome from the main thread selection equals the one selected in processFile', async () => {
    const dir = makeProject({ 'fetch.ts': FETCH, 'timer.ts': TIMER, 'plain.ts': PLAIN });
    const prepared = prepareJob(jobFor(dir));
    for (const name of ['fetch.ts', 'timer.ts', 'plain.ts']) {
      const task = taskOf(dir, name);
      const preRead = readForProcessing(task, prepared)!;
      const withSelection = await processFile(task, prepared, preRead);
      const alone = await processFile(task, prepared);
      expect(comparable(withSelection)).toEqual(comparable(alone));
    }
  });

  it('uses the selection it is given: rules the main thread did not select do not run', async () => {
    const dir = makeProject({ 'fetch.ts': FETCH });
    const prepared = prepareJob(jobFor(dir));
    const task = taskOf(dir, 'fetch.ts');
    const onlyTimers = await processFile(task, prepared, { raw: FETCH, readMs: 0, selected: ['timer-cleanup'] });
    expect(onlyTimers.findings).toEqual([]);
    expect(onlyTimers.parsed).toBe(true);
    const none = await processFile(task, prepared, { raw: FETCH, readMs: 0, selected: [] });
    expect(none).toMatchObject({ status: 'unchanged', parsed: false, findings: [], errors: [] });
    const all = await processFile(task, prepared, { raw: FETCH, readMs: 0, selected: ['fetch-timeout', 'timer-cleanup'] });
    expect(all.findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['2 fetch-timeout']);
  });

  it('a file no rule wants is not parsed and keeps its line terminator and BOM facts', async () => {
    const dir = makeProject({ 'plain.ts': PLAIN });
    const prepared = prepareJob(jobFor(dir));
    const outcome = await processFile(taskOf(dir, 'plain.ts'), prepared);
    expect(outcome).toMatchObject({ status: 'unchanged', parsed: false, findings: [], errors: [], eol: '\r\n', hasBom: true });
  });

  it('a suppression comment still gets a parse when no rule wants the file', async () => {
    const dir = makeProject({ 'ignored.ts': '// unleak-ignore-next-line no-such-rule\nexport const a = 1;\n' });
    const prepared = prepareJob(jobFor(dir));
    const outcome = await processFile(taskOf(dir, 'ignored.ts'), prepared);
    expect(outcome.parsed).toBe(true);
    expect(outcome.findings.map((f) => f.rule)).toEqual(['invalid-suppression']);
  });
});
