/**
 * `unleak/testing` and `unleak/monitor` as users load them: from the built dist/, through the
 * package's `exports`, from a real `.mjs` file (named exports of the CommonJS build), a `.cjs`
 * file, and TypeScript in both module modes. Also: the monitor never keeps a process alive.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLinkedProject, ensureBuilt, REPO_ROOT } from '../helpers/ensure-built';

let project = '';
beforeAll(async () => {
  await ensureBuilt();
  project = createLinkedProject('unleak-exports-', {
    'esm.mjs': `import { verifyNoLeaks, installLeakCheck, LeakError, findLeaks } from 'unleak/testing';
import { monitorActiveResources, sampleActiveResources } from 'unleak/monitor';
function startPolling() { return setInterval(() => {}, 1000); }
const results = { installLeakCheck: typeof installLeakCheck, monitor: typeof monitorActiveResources, total: typeof sampleActiveResources().total };
results.clean = await verifyNoLeaks(() => 'ok');
let handle;
try {
  await verifyNoLeaks(() => { handle = startPolling(); }, { timeoutMs: 20 });
} catch (error) {
  results.leak = [error instanceof LeakError, error.leaks[0].createdBy];
}
clearInterval(handle);
results.findLeaks = (await findLeaks(() => {})).length;
console.log(JSON.stringify(results));
`,
    'cjs.cjs': `const { verifyNoLeaks, LeakError } = require('unleak/testing');
const { monitorActiveResources } = require('unleak/monitor');
function startPolling() { return setInterval(() => {}, 1000); }
let handle;
verifyNoLeaks(() => { handle = startPolling(); }, { timeoutMs: 20 }).catch((error) => {
  clearInterval(handle);
  console.log(JSON.stringify({ leak: [error instanceof LeakError, error.leaks[0].createdBy], monitor: typeof monitorActiveResources }));
});
`,
    'stdio.cjs': `const { findLeaks } = require('unleak/testing');
(async () => {
  // Node creates process.stdout and process.stdin lazily (pipes here): known noise.
  // Each run of this script creates them once, so each mode gets its own process.
  const defaultIgnores = process.argv[2] !== 'strict';
  const leaks = await findLeaks(() => { process.stdout; process.stdin; }, { includeUnref: true, timeoutMs: 20, defaultIgnores });
  process.stderr.write(JSON.stringify(leaks.map((leak) => leak.kind)));
  process.exit(0);
})();
`,
    'monitor-alive.mjs': `import { monitorActiveResources } from 'unleak/monitor';
monitorActiveResources({ intervalMs: 60_000, recordStacks: true });
console.log('started');
`,
    'types.mts': `import * as vitest from 'vitest';
import { verifyNoLeaks, installLeakCheck, type LeakedResource, type LeakCheckOptions } from 'unleak/testing';
installLeakCheck({ hooks: vitest });
installLeakCheck({ hooks: { beforeEach: vitest.beforeEach, afterEach: vitest.afterEach, afterAll: vitest.afterAll } });
import { monitorActiveResources, type ActiveResourceSample } from 'unleak/monitor';
const options: LeakCheckOptions = { ignoreTypes: ['interval'], ignoreTopFunction: /poll/ };
const result: Promise<number> = verifyNoLeaks(async () => 1, options);
installLeakCheck({ wholeRun: true });
monitorActiveResources({ onSample: (sample: ActiveResourceSample) => sample.counts['Timeout'] });
export const kinds = (leaks: LeakedResource[]) => leaks.map((leak) => leak.kind);
export { result };
`,
    'types.cts': `import { verifyNoLeaks, type LeakError } from 'unleak/testing';
import { monitorActiveResources } from 'unleak/monitor';
export const run = (): Promise<string> => verifyNoLeaks(() => 'x');
export const monitor = monitorActiveResources({ intervalMs: 1000, logger: false });
export type E = LeakError['leaks'];
`,
    'tsconfig.json': JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', strict: true, noEmit: true, types: [], skipLibCheck: false },
      files: ['types.mts', 'types.cts'],
    }),
  });
}, 180_000);

afterAll(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

function runNode(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { cwd: project, timeout: 60_000 }, (_error, stdout, stderr) => {
      resolve({ code: child.exitCode, stdout, stderr, ms: performance.now() - started });
    });
  });
}

it('imports named exports from an ESM file', async () => {
  const { code, stdout, stderr } = await runNode(['esm.mjs']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toEqual({ installLeakCheck: 'function', monitor: 'function', total: 'number', clean: 'ok', leak: [true, 'startPolling'], findLeaks: 0 });
});

it('requires from a CommonJS file', async () => {
  const { code, stdout } = await runNode(['cjs.cjs']);
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toEqual({ leak: [true, 'startPolling'], monitor: 'function' });
});

it('ignores process.stdin/stdout by default (created lazily, on first use)', async () => {
  const byDefault = await runNode(['stdio.cjs']);
  expect(byDefault.code).toBe(0);
  expect(JSON.parse(byDefault.stderr)).toEqual([]);
  // The same without the default ignores: the stdio pipes are there to be ignored.
  const strict = await runNode(['stdio.cjs', 'strict']);
  expect(JSON.parse(strict.stderr)).toEqual(['pipe', 'pipe']);
});

it('a running monitor does not keep the process alive', async () => {
  const { code, stdout, ms } = await runNode(['monitor-alive.mjs']);
  expect(code).toBe(0);
  expect(stdout).toBe('started\n');
  expect(ms).toBeLessThan(30_000);
});

it('types resolve for ESM and CommonJS TypeScript', async () => {
  const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const { code, stdout } = await runNode([tsc, '-p', 'tsconfig.json']);
  expect(stdout).toBe('');
  expect(code).toBe(0);
}, 120_000);
