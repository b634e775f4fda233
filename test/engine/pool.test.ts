import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs, findWorkerScript, runTasks } from '../../src/engine/pool';
import type { EngineJob, FileOutcome } from '../../src/engine/process-file';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { rules as registry } from '../../transforms/index';
import { makeProject } from '../helpers/temp';

function jobFor(dir: string, ruleId: string): EngineJob {
  return {
    rules: [{ id: ruleId, options: { timeoutMs: 10_000, timeoutExpression: '' } }],
    settings: DEFAULT_SETTINGS,
    unsafe: false,
    maxFileSize: 1 << 20,
    prettier: { enabled: false, execConfig: false, stopAt: dir },
  };
}

describe('worker pool', () => {
  it('defaults to the main thread on two cores and to cores-1 (max 8) above', () => {
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(2)).toBe(1);
    expect(defaultJobs(4)).toBe(3);
    expect(defaultJobs(32)).toBe(8);
  });

  it('turns a crashed worker batch into an internal error for each of its files', async () => {
    expect(findWorkerScript(), 'the worker needs the build: run `npm run build`').not.toBeNull();
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`f${i}.ts`] = 'fetch(url);\n';
    const dir = makeProject(files);
    const tasks = Object.keys(files).map((name) => ({ absolutePath: path.join(dir, name), displayPath: name, size: 12, mtimeMs: 0 }));
    const seen: FileOutcome[] = [];
    // An unknown rule id makes the worker throw while preparing the job.
    const result = await runTasks(tasks, jobFor(dir, 'no-such-rule'), 2, (outcome) => seen.push(outcome));
    expect(result.jobs).toBe(2);
    expect(seen).toHaveLength(20);
    for (const outcome of result.outcomes) {
      expect(outcome.status).toBe('errored');
      expect(outcome.errors[0]).toMatchObject({ kind: 'internal' });
      expect(outcome.errors[0]!.message).toContain('worker crashed');
    }
  });
});

describe('triage text budget', () => {
  it('files past the budget are read again when processed: same findings, outputs and type info as when every text is kept', async () => {
    const files: Record<string, string> = {
      'tsconfig.json': '{ "compilerOptions": { "strict": true, "target": "es2022", "module": "esnext", "moduleResolution": "bundler" }, "include": ["*.ts"] }\n',
      'api.ts': 'export async function load(url: string) {\n  const response = await fetch(url);\n  return response.json();\n}\n',
      // `store.save()` is a promise only the checker knows: the type layer is asked.
      'use.ts': "import { load } from './api';\nexport async function start(store: { save(): Promise<void> }) {\n  load('/a');\n  store.save();\n}\n",
      'plain.ts': 'export const answer = 42;\n',
      'timer.ts': "export async function get(url: string) {\n  return fetch(url);\n}\n",
    };
    const dir = makeProject(files);
    const tasks = Object.keys(files).filter((name) => name.endsWith('.ts')).map((name) => ({ absolutePath: path.join(dir, name), displayPath: name, size: files[name]!.length, mtimeMs: 0 }));
    const rules = ['fetch-timeout', 'unconsumed-promise'].map((id) => ({ id, options: resolveRuleOptions(registry.find((rule) => rule.meta.id === id)!, {}) }));
    const job: EngineJob = { ...jobFor(dir, 'fetch-timeout'), rules, types: { stopAt: dir, cwd: dir } };
    const summary = (run: Awaited<ReturnType<typeof runTasks>>) => ({
      typeInfo: run.typeInfo,
      outcomes: run.outcomes
        .map((o) => ({ file: o.task.displayPath, status: o.status, output: o.output, findings: o.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.fix}`), errors: o.errors.map((e) => e.message.slice(0, 300)), typed: o.dependsOn?.typed ?? false }))
        .sort((a, b) => (a.file < b.file ? -1 : 1)),
    });
    const kept = summary(await runTasks(tasks, job, 1, () => {}));
    const reread = summary(await runTasks(tasks, job, 1, () => {}, { triageTextBudget: 0 }));
    expect(kept.outcomes.flatMap((o) => o.findings)).toEqual(expect.arrayContaining([expect.stringMatching(/^fetch-timeout /), expect.stringMatching(/^unconsumed-promise /)]));
    expect(kept.typeInfo?.tsconfigs).toHaveLength(1);
    expect(kept.outcomes.find((o) => o.file === 'use.ts')?.typed).toBe(true);
    expect(reread).toEqual(kept);
  });
});
