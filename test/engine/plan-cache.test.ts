/**
 * `--cache` and the plans of rules with a project phase (run-cache.ts, plan-reads.ts): a plan
 * whose inputs and reads are unchanged gives its findings from the cache, and a change to any
 * of them plans again, with the report of an uncached run. The project is loop-cancellation's
 * cross-file fixture: its plan reads every file of the run, resolves imports, looks for
 * package.json files, reads one, and asks the type layer (there is a tsconfig).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type RunOptions } from '../../src/engine/run';
import type { RunResult } from '../../src/core/finding';
import { writeFiles } from '../helpers/temp';

const CACHE = 'cache/unleak.json';
const FIXTURE = path.resolve(__dirname, '../../__testfixtures__/projects/loop-cancellation/cross-file-options/input');
/** Most cases need no checker: faster, and the type inputs have a case of their own. */
const OPTIONS: RunOptions = { rules: ['loop-cancellation'], types: false, jobs: 1 };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function copyFixture(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-plan-cache-')));
  dirs.push(dir);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function cacheRun(dir: string, options: RunOptions = OPTIONS): Promise<RunResult> {
  return run({ cwd: dir, cache: true, cacheLocation: CACHE, ...options });
}

function readCache(dir: string): { plans?: Record<string, Record<string, unknown> & { findings: { message: string }[] }> } {
  return JSON.parse(fs.readFileSync(path.join(dir, CACHE), 'utf8'));
}

/** Marks the findings of every stored plan, so that a finding taken from one shows. */
function markPlanFindings(dir: string): number {
  const cache = readCache(dir);
  let marked = 0;
  for (const plan of Object.values(cache.plans ?? {})) {
    for (const finding of plan.findings) {
      finding.message = 'FROM CACHE';
      marked++;
    }
  }
  fs.writeFileSync(path.join(dir, CACHE), JSON.stringify(cache));
  return marked;
}

function fromCache(result: RunResult): number {
  return result.findings.filter((finding) => finding.message === 'FROM CACHE').length;
}

function comparable(result: RunResult): unknown {
  const { timings: _timings, jobs: _jobs, ...rest } = result;
  return JSON.parse(JSON.stringify({ ...rest, summary: { ...rest.summary, durationMs: 0 } }));
}

/**
 * Fills the cache, checks that the next run takes the plan from it, applies `change`, and
 * checks that the run after it planned again and reports what an uncached run reports.
 */
async function expectPlannedAgainAfter(dir: string, change: () => void, options: RunOptions = OPTIONS, after: RunOptions = options): Promise<void> {
  const first = await cacheRun(dir, options);
  expect(first.findings.some((finding) => (finding.otherFiles?.length ?? 0) > 0)).toBe(true);
  const marked = markPlanFindings(dir);
  expect(marked).toBe(first.findings.length);
  expect(fromCache(await cacheRun(dir, options))).toBe(marked);
  change();
  const changed = await cacheRun(dir, after);
  expect(fromCache(changed)).toBe(0);
  expect(comparable(changed)).toEqual(comparable(await run({ cwd: dir, ...after })));
}

describe('--cache keeps the plans of cross-file rules', () => {
  it('an unchanged project: the plan comes from the cache, with the report of an uncached run', async () => {
    const dir = copyFixture();
    const first = await cacheRun(dir);
    expect(readCache(dir).plans?.['loop-cancellation']).toBeDefined();
    const second = await cacheRun(dir);
    expect(comparable(second)).toEqual(comparable(first));
    expect(comparable(second)).toEqual(comparable(await run({ cwd: dir, ...OPTIONS })));
    expect(markPlanFindings(dir)).toBe(first.findings.length);
    expect(fromCache(await cacheRun(dir))).toBe(first.findings.length);
  });

  it('a file of the run the plan read changes (a caller), though what the files collected does not', async () => {
    const dir = copyFixture();
    await expectPlannedAgainAfter(dir, () => fs.appendFileSync(path.join(dir, 'src/jobs.ts'), '// a caller edited\n'));
  });

  it('what a file collected changes (the loop moves)', async () => {
    const dir = copyFixture();
    const file = path.join(dir, 'src/lib/ticker.ts');
    await expectPlannedAgainAfter(dir, () => fs.writeFileSync(file, `// moved down a line\n${fs.readFileSync(file, 'utf8')}`));
  });

  it('a file joins the run', async () => {
    const dir = copyFixture();
    await expectPlannedAgainAfter(dir, () => writeFiles(dir, { 'src/extra.ts': 'export const extra = 1;\n' }));
  });

  it('a specifier it resolved names another file (one outside the run)', async () => {
    const dir = copyFixture();
    // `./lib/ticker.js` names ticker.ts until a ticker.js exists (the run ignores it).
    const options: RunOptions = { ...OPTIONS, ignore: ['src/lib/ticker.js'] };
    await expectPlannedAgainAfter(dir, () => writeFiles(dir, { 'src/lib/ticker.js': 'export default function startTicker() {}\n' }), options);
  });

  it('a package.json it read changes', async () => {
    const dir = copyFixture();
    await expectPlannedAgainAfter(dir, () => writeFiles(dir, { 'package.json': '{ "name": "cross-file-options", "private": true, "type": "module", "exports": "./src/jobs.ts" }\n' }));
  });

  it('a package.json appears where it looked for one', async () => {
    const dir = copyFixture();
    await expectPlannedAgainAfter(dir, () => writeFiles(dir, { 'src/lib/package.json': '{ "name": "lib" }\n' }));
  });

  it('the settings change', async () => {
    const dir = copyFixture();
    await expectPlannedAgainAfter(dir, () => {}, OPTIONS, { ...OPTIONS, target: { node: '18' } });
  });

  it('a type input changes (the tsconfig), when the plan asked the type layer', async () => {
    const dir = copyFixture();
    const options: RunOptions = { ...OPTIONS, types: true };
    await cacheRun(dir, options);
    expect(readCache(dir).plans?.['loop-cancellation']?.typeInputs).toEqual(expect.any(String));
    const tsconfig = path.join(dir, 'tsconfig.json');
    await expectPlannedAgainAfter(dir, () => fs.writeFileSync(tsconfig, fs.readFileSync(tsconfig, 'utf8').replace(/\s*$/, '\n\n')), options);
  });

  it('a corrupt or foreign plan entry is ignored: the plan runs again', async () => {
    const dir = copyFixture();
    const first = await cacheRun(dir);
    for (const broken of [{ inputKey: 7 }, [], 'plan', { ...readCache(dir).plans!['loop-cancellation'], resolved: [[1, 2, 3]] }]) {
      const cache = readCache(dir) as { plans: Record<string, unknown> };
      cache.plans['loop-cancellation'] = broken;
      fs.writeFileSync(path.join(dir, CACHE), JSON.stringify(cache));
      const again = await cacheRun(dir);
      expect(comparable(again)).toEqual(comparable(first));
    }
    const cache = readCache(dir) as { plans: unknown };
    cache.plans = ['not', 'a', 'record'];
    fs.writeFileSync(path.join(dir, CACHE), JSON.stringify(cache));
    expect(comparable(await cacheRun(dir))).toEqual(comparable(first));
  });
});
