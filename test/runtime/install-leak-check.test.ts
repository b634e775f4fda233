/**
 * installLeakCheck in a real vitest run: a child vitest process runs a small suite through
 * the built package (`unleak/testing` from dist/), and the JSON report must show exactly the
 * leaking tests failed, each with the function that leaked.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkedProject, ensureBuilt, REPO_ROOT } from '../helpers/ensure-built';

interface JsonReport {
  testResults: {
    name: string;
    status: string;
    message: string;
    assertionResults: { title: string; status: string; failureMessages: string[] }[];
  }[];
}

const projects: string[] = [];
afterAll(() => {
  for (const dir of projects) fs.rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => ensureBuilt(), 180_000);

/** Runs vitest in `dir` and returns its JSON report (vitest exits 1 when a test fails). */
function runVitest(dir: string, extraArgs: string[] = []): Promise<JsonReport> {
  const vitest = path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const output = path.join(dir, 'report.json');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [vitest, 'run', '--reporter=json', `--outputFile=${output}`, ...extraArgs],
      { cwd: dir, env: { ...process.env, CI: '1', NO_COLOR: '1' }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (!fs.existsSync(output)) return reject(new Error(`vitest wrote no report (${error?.message})\n${stdout}\n${stderr}`));
        resolve(JSON.parse(fs.readFileSync(output, 'utf8')) as JsonReport);
      },
    );
  });
}

function outcomes(report: JsonReport): string[] {
  return report.testResults
    .flatMap((file) => file.assertionResults.map((test) => `${path.basename(file.name)} > ${test.title}: ${test.status}`))
    .sort();
}

function failureOf(report: JsonReport, title: string): string {
  const test = report.testResults.flatMap((file) => file.assertionResults).find((result) => result.title === title);
  return test?.failureMessages.join('\n') ?? '';
}

const CONFIG = `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { setupFiles: ['./leak-check.setup.ts'], include: ['*.test.ts'] } });
`;

/** One leaking test among clean ones; the tests after it keep running while its interval fires. */
const POLLER_SUITE = `import { once } from 'node:events';
import net from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';

let server: net.Server | undefined;
beforeEach(() => { server = undefined; });
afterEach(async () => { if (server) await new Promise((resolve) => server!.close(resolve)); });

function startPolling() {
  // Each tick schedules more work: the later tests must not be blamed for it.
  return setInterval(() => { setTimeout(() => {}, 50); }, 5);
}

it('clean: interval cleared', () => { clearInterval(startPolling()); });
it('leaks: interval never cleared', () => { startPolling(); });
it('clean: server closed in afterEach', async () => {
  server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
});
it('clean: waits while the leaked interval keeps firing', async () => {
  await new Promise((resolve) => setTimeout(resolve, 40));
  expect(1 + 1).toBe(2);
});
`;

/** A second file, run in parallel in another worker, with its own leak. */
const SERVER_SUITE = `import { once } from 'node:events';
import net from 'node:net';
import { it } from 'vitest';

async function startServer() {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

it('clean: server closed', async () => {
  const server = await startServer();
  await new Promise((resolve) => server.close(resolve));
});
it('leaks: server never closed', async () => { await startServer(); });
it('clean: nothing at all', () => {});
`;

/** Servers whose listen(port, host) the test did not await: Node creates the handle in a later tick. */
const LATER_SUITE = `import net from 'node:net';
import { afterAll, it } from 'vitest';

const servers: net.Server[] = [];
afterAll(() => { for (const server of servers) server.close(); });

function startServer() {
  servers.push(net.createServer().listen(0, '127.0.0.1'));
}

it('leaks: listen not awaited', () => { startServer(); });
it('clean: runs while the earlier server is alive', async () => { await new Promise((resolve) => setTimeout(resolve, 20)); });
it('clean: listen not awaited, closed once listening', () => {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => server.close());
});
`;

const CLEAN_SUITE = `import { it } from 'vitest';
it('clean: timeout that fires', async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
it('clean: immediate', async () => { await new Promise((resolve) => setImmediate(resolve)); });
`;

describe('installLeakCheck in a vitest setup file', () => {
  it('fails exactly the leaking tests, in parallel test files (aroundEach, forks pool)', async () => {
    const dir = createLinkedProject('unleak-install-', {
      'vitest.config.mts': CONFIG,
      'leak-check.setup.ts': `import { installLeakCheck } from 'unleak/testing';\ninstallLeakCheck({ timeoutMs: 100 });\n`,
      'poller.test.ts': POLLER_SUITE,
      'server.test.ts': SERVER_SUITE,
      'later.test.ts': LATER_SUITE,
      'clean.test.ts': CLEAN_SUITE,
    });
    projects.push(dir);
    const report = await runVitest(dir);
    expect(outcomes(report)).toEqual([
      'clean.test.ts > clean: immediate: passed',
      'clean.test.ts > clean: timeout that fires: passed',
      'later.test.ts > clean: listen not awaited, closed once listening: passed',
      'later.test.ts > clean: runs while the earlier server is alive: passed',
      'later.test.ts > leaks: listen not awaited: failed',
      'poller.test.ts > clean: interval cleared: passed',
      'poller.test.ts > clean: server closed in afterEach: passed',
      'poller.test.ts > clean: waits while the leaked interval keeps firing: passed',
      'poller.test.ts > leaks: interval never cleared: failed',
      'server.test.ts > clean: nothing at all: passed',
      'server.test.ts > clean: server closed: passed',
      'server.test.ts > leaks: server never closed: failed',
    ]);
    expect(failureOf(report, 'leaks: interval never cleared')).toMatch(
      /LeakError: unleak: 1 resource created during this test is still alive after waiting 100 ms\.\n.*\n+ {2}1\. setInterval every 5 ms; its callbacks keep \d+ more alive \(\d+ timeout\) \[interval, Timeout\], created by startPolling; release: clearInterval\(handle\)\n {7}at startPolling \(.*poller\.test\.ts:11:10\)/,
    );
    expect(failureOf(report, 'leaks: server never closed')).toMatch(/TCP server listening on 127\.0\.0\.1:\d+ \[tcp-server, TCPSERVERWRAP\], created by startServer/);
    expect(failureOf(report, 'leaks: listen not awaited')).toMatch(/1 resource created during this test[\s\S]*TCP server listening on 127\.0\.0\.1:\d+ \[tcp-server, TCPSERVERWRAP\], created by startServer/);
  }, 180_000);

  it('does the same with plain beforeEach/afterEach hooks (the jest path) in worker threads', async () => {
    const dir = createLinkedProject('unleak-install-hooks-', {
      'vitest.config.mts': CONFIG,
      'leak-check.setup.ts': `import { afterAll, afterEach, beforeEach } from 'vitest';
import { installLeakCheck } from 'unleak/testing';
installLeakCheck({ timeoutMs: 100, hooks: { beforeEach, afterEach, afterAll } });
`,
      'poller.test.ts': POLLER_SUITE,
      'later.test.ts': LATER_SUITE,
      'clean.test.ts': CLEAN_SUITE,
    });
    projects.push(dir);
    const report = await runVitest(dir, ['--pool=threads']);
    expect(outcomes(report)).toEqual([
      'clean.test.ts > clean: immediate: passed',
      'clean.test.ts > clean: timeout that fires: passed',
      'later.test.ts > clean: listen not awaited, closed once listening: passed',
      'later.test.ts > clean: runs while the earlier server is alive: passed',
      'later.test.ts > leaks: listen not awaited: failed',
      'poller.test.ts > clean: interval cleared: passed',
      'poller.test.ts > clean: server closed in afterEach: passed',
      'poller.test.ts > clean: waits while the leaked interval keeps firing: passed',
      'poller.test.ts > leaks: interval never cleared: failed',
    ]);
    expect(failureOf(report, 'leaks: interval never cleared')).toContain('created by startPolling');
    expect(failureOf(report, 'leaks: listen not awaited')).toContain('created by startServer');
  }, 180_000);

  it('wholeRun: fails the file for what outlives all its tests (top level, beforeAll)', async () => {
    const dir = createLinkedProject('unleak-install-whole-', {
      'vitest.config.mts': CONFIG,
      'leak-check.setup.ts': `import { installLeakCheck } from 'unleak/testing';\ninstallLeakCheck({ timeoutMs: 100, wholeRun: true });\n`,
      'suite.test.ts': `import { beforeAll, it } from 'vitest';
function startCacheSweeper() { return setInterval(() => {}, 1000); }
beforeAll(() => { startCacheSweeper(); });
it('clean: one', () => {});
it('clean: two', () => {});
`,
      'clean.test.ts': CLEAN_SUITE,
    });
    projects.push(dir);
    const report = await runVitest(dir);
    expect(outcomes(report).every((outcome) => outcome.endsWith(': passed'))).toBe(true);
    const files = Object.fromEntries(report.testResults.map((file) => [path.basename(file.name), file]));
    expect(files['clean.test.ts']!.status).toBe('passed');
    expect(files['suite.test.ts']!.status).toBe('failed');
    expect(files['suite.test.ts']!.message).toMatch(/1 resource created during this test file is still alive[\s\S]*created by startCacheSweeper/);
  }, 180_000);
});
