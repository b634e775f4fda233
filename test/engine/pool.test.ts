import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs, findWorkerScript, runTasks } from '../../src/engine/pool';
import type { EngineJob, FileOutcome } from '../../src/engine/process-file';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
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
