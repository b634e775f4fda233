/**
 * loop-cancellation's multi-file fixture projects:
 * `__testfixtures__/loop-cancellation/projects/<name>/{input,output}/` with an `expected.json`
 * `{ "findings": ["file:line fix", …], "tsc": true }` (the same spirit as the type layer's
 * fixture projects). Each project is copied to a temp folder and run through the engine with
 * `--write --unsafe`: the files equal `output/` exactly, a second run changes nothing, and
 * `tsc --noEmit` (strict) is clean before and after where `tsc` is set.
 *
 * Runtime proof: each family's entry point is run under `unleak/testing`'s `findLeaks`; the
 * input leaves its loop's timer behind after the signal aborts (or the response closes), the
 * output leaves nothing.
 */
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import type { RunResult } from '../../src/core/finding';
import { findLeaks } from '../../src/runtime/testing/index';

const ROOT = path.resolve(__dirname, '../../__testfixtures__/loop-cancellation/projects');
const NODE_MODULES = path.resolve(__dirname, '../../node_modules');
const TSC = path.join(NODE_MODULES, 'typescript/bin/tsc');

interface Expected {
  findings: string[];
  tsc: boolean;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function copy(name: string, kind: 'input' | 'output'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `unleak-loop-${name}-`)));
  temps.push(dir);
  fs.cpSync(path.join(ROOT, name, kind), dir, { recursive: true });
  return dir;
}

function listFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.includes('node_modules')) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
  }
  return files;
}

function tscClean(dir: string): string {
  // The project's `types: ["node"]` resolves through a node_modules next to it.
  if (!fs.existsSync(path.join(dir, 'node_modules'))) fs.symlinkSync(NODE_MODULES, path.join(dir, 'node_modules'), 'dir');
  try {
    execFileSync(process.execPath, [TSC, '-p', dir, '--noEmit'], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

const runProject = (cwd: string, extra: Parameters<typeof run>[0] = {}): Promise<RunResult> =>
  run({ cwd, config: false, prettier: false, jobs: 1, rules: ['loop-cancellation'], ...extra });

const projects = fs.readdirSync(ROOT).filter((name) => fs.statSync(path.join(ROOT, name)).isDirectory()).sort();

describe('loop-cancellation fixture projects', () => {
  for (const name of projects) {
    const expected = JSON.parse(fs.readFileSync(path.join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
    describe(name, () => {
      it('finds what expected.json lists', async () => {
        const result = await runProject(copy(name, 'input'));
        expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix}`)).toEqual(expected.findings);
        expect(result.errors).toEqual([]);
      });

      it('--write --unsafe gives output/ exactly; a second run changes nothing; tsc is clean before and after', async () => {
        const dir = copy(name, 'input');
        if (expected.tsc) expect(tscClean(dir), 'tsc --noEmit on the input').toBe('');
        await runProject(dir, { write: true, unsafe: true });
        expect(listFiles(dir)).toEqual(listFiles(path.join(ROOT, name, 'output')));
        const again = await runProject(dir, { write: true, unsafe: true });
        expect(again.summary.filesChanged).toBe(0);
        expect(again.findings).toEqual([]);
        if (expected.tsc) expect(tscClean(dir), 'tsc --noEmit on the output').toBe('');
      }, 180_000);
    });
  }
});

/** Starts the work, lets it run a few rounds, ends it the way its caller would, and lists what is left. */
async function leaksAfterAbort(start: (signal: AbortSignal) => unknown): Promise<string[]> {
  const controller = new AbortController();
  const leaks = await findLeaks(
    async () => {
      void start(controller.signal);
      await delay(40);
      controller.abort();
    },
    // A second for what the abort ends to close: a loaded machine (CI, parallel workers) needs
    // more than the default, and a loop that keeps running is still alive after it.
    { timeoutMs: 1_000 },
  );
  return leaks.map((leak) => leak.type);
}

const silence = <T>(fn: () => Promise<T>): Promise<T> => {
  const debug = console.debug;
  console.debug = () => {};
  return fn().finally(() => (console.debug = debug));
};

describe('loop-cancellation at run time: the input leaks after abort, the output does not', () => {
  const families: Record<string, (dir: string) => Promise<(signal: AbortSignal) => unknown>> = {
    'cross-file-options': async (dir) => (await import(path.join(dir, 'src/jobs.ts'))).startJobs.bind(null, 'tenant'),
    'js-without-tsconfig': async (dir) => (await import(path.join(dir, 'src/main.js'))).startInbox,
    'next-route-handler': async (dir) => {
      const { GET } = await import(path.join(dir, 'app/api/status/route.ts'));
      return (signal: AbortSignal) => GET(new Request('https://app.example/api/status', { signal }));
    },
    'express-handler': async (dir) => {
      // A stand-in for express that keeps the registered handlers.
      fs.mkdirSync(path.join(dir, 'node_modules/express'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'node_modules/express/package.json'), '{ "name": "express", "type": "module", "main": "index.js" }');
      fs.writeFileSync(path.join(dir, 'node_modules/express/index.js'), 'export default function express() { const routes = new Map(); return { routes, get: (p, h) => routes.set(p, h) }; }\n');
      const { app } = await import(path.join(dir, 'src/server.ts'));
      return (signal: AbortSignal) => {
        const res = Object.assign(new EventEmitter(), { setHeader() {}, write() {} });
        signal.addEventListener('abort', () => res.emit('close'));
        app.routes.get('/ticks')({}, res);
      };
    },
  };
  // Every output first: an input's loop never stops, and would still be running during later checks.
  for (const [name, load] of Object.entries(families)) {
    it(`${name}: the output stops its work when the signal aborts`, async () => {
      const output = await load(copy(name, 'output'));
      expect(await silence(() => leaksAfterAbort(output))).toEqual([]);
    }, 30_000);
  }
  for (const [name, load] of Object.entries(families)) {
    it(`${name}: the input keeps its loop running after the abort`, async () => {
      const input = await load(copy(name, 'input'));
      expect(await silence(() => leaksAfterAbort(input))).toContain('Timeout');
    }, 30_000);
  }
});
