/**
 * Multi-file fixture projects, one convention for every rule:
 * `__testfixtures__/projects/<rule>/<name>/{input,output}/` with an `expected.json`:
 *   { "findings": ["file:line fix", …],        // with type information ("file:line fix confidence": also the confidence the run reports, calibrated: fix-level.ts)
 *     "noTypesFindings": [...],                  // optional: the same run with --no-types
 *     "typeInfo": { … },                         // optional: summary.typeInfo (problems: prefixes)
 *     "tsc": true }                              // tsc --noEmit (strict) is clean before and after
 * Each project is copied to a temp folder and run through the engine with only `<rule>` and
 * `--write --unsafe`: the files equal `output/` exactly, a second run changes nothing and finds
 * nothing but report-only findings; with every source file in CRLF and a byte order mark, the
 * output is `output/` in CRLF with the mark.
 *
 * Runtime proof (loop-cancellation): each family's entry point is run under `unleak/testing`'s
 * `findLeaks`; the input leaves its loop's timer behind after the signal aborts (or the response
 * closes), the output leaves nothing.
 */
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import type { RunResult, TypeInfo } from '../../src/core/finding';
import { findLeaks } from '../../src/runtime/testing/index';
import { ruleIds } from '../../transforms/index';
import { compileProject } from '../helpers/compile-project';
import { CountingTarget } from '../helpers/counting-target';
import { errorName, outcomeAfter, type Outcome } from '../helpers/promise-outcome';
import { FIXTURES_ROOT, PROJECTS_DIR, toCrlf } from '../helpers/fixtures';

/** The files whose line endings and byte order mark a fix must keep. */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/;

const ROOT = path.join(FIXTURES_ROOT, PROJECTS_DIR);
const NODE_MODULES = path.resolve(__dirname, '../../node_modules');
const TSC = path.join(NODE_MODULES, 'typescript/bin/tsc');

interface Expected {
  findings: string[];
  noTypesFindings?: string[];
  typeInfo?: TypeInfo;
  tsc: boolean;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** `<rule>/<name>` → a temp copy of its `input/` or `output/`. */
function copy(project: string, kind: 'input' | 'output'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `unleak-project-${project.replace('/', '-')}-`)));
  temps.push(dir);
  fs.cpSync(path.join(ROOT, project, kind), dir, { recursive: true });
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

/** `file:line fix`, or `file:line fix confidence` when the expected list states confidences (`withConfidence`). */
const findingKeys = (result: RunResult, withConfidence = false): string[] =>
  result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix}${withConfidence ? ` ${finding.confidence}` : ''}`);
const statesConfidence = (keys: readonly string[]): boolean => keys.some((key) => key.split(' ').length === 3);

function tscClean(dir: string): string {
  // A project's `types: ["node"]` resolves through a node_modules next to it.
  if (!fs.existsSync(path.join(dir, 'node_modules'))) fs.symlinkSync(NODE_MODULES, path.join(dir, 'node_modules'), 'dir');
  try {
    execFileSync(process.execPath, [TSC, '-p', dir, '--noEmit'], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

const runProject = (rule: string, cwd: string, extra: Parameters<typeof run>[0] = {}): Promise<RunResult> =>
  run({ cwd, config: false, prettier: false, jobs: 1, rules: [rule], ...extra });

const subdirs = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory()).sort() : [];

const projects = subdirs(ROOT).flatMap((rule) => subdirs(path.join(ROOT, rule)).map((name) => ({ rule, name, project: `${rule}/${name}` })));

describe('fixture projects', () => {
  it('exist, each under a rule that exists', () => {
    expect(projects.length).toBeGreaterThan(0);
    for (const { rule } of projects) expect(ruleIds.has(rule), rule).toBe(true);
  });
  for (const { rule, project } of projects) {
    const expected = JSON.parse(fs.readFileSync(path.join(ROOT, project, 'expected.json'), 'utf8')) as Expected;
    describe(project, () => {
      it('finds what expected.json lists, with type information', async () => {
        const result = await runProject(rule, copy(project, 'input'));
        expect(findingKeys(result, statesConfidence(expected.findings))).toEqual(expected.findings);
        expect(result.errors).toEqual([]);
        if (!expected.typeInfo) return;
        const info = result.summary.typeInfo!;
        expect({ ...info, problems: [] }).toEqual({ ...expected.typeInfo, problems: [] });
        expect(info.problems).toHaveLength(expected.typeInfo.problems.length);
        expected.typeInfo.problems.forEach((prefix, index) => expect(info.problems[index]).toMatch(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
      });

      if (expected.noTypesFindings) {
        const noTypes = expected.noTypesFindings;
        it('finds what noTypesFindings lists with --no-types', async () => {
          const result = await runProject(rule, copy(project, 'input'), { types: false });
          expect(findingKeys(result, statesConfidence(noTypes))).toEqual(noTypes);
          if (expected.typeInfo) expect(result.summary.typeInfo?.none).toMatch(/--no-types/);
        });
      }

      it(`--write --unsafe gives output/ exactly; a second run changes nothing${expected.tsc ? '; tsc is clean before and after' : ''}`, async () => {
        const dir = copy(project, 'input');
        if (expected.tsc) expect(tscClean(dir), 'tsc --noEmit on the input').toBe('');
        await runProject(rule, dir, { write: true, unsafe: true });
        expect(listFiles(dir)).toEqual(listFiles(path.join(ROOT, project, 'output')));
        const again = await runProject(rule, dir, { write: true, unsafe: true });
        expect(again.summary.filesChanged).toBe(0);
        // Only report-only findings are left: every fix was applied.
        expect(again.findings.filter((finding) => finding.fix !== 'none')).toEqual([]);
        if (expected.tsc) expect(tscClean(dir), 'tsc --noEmit on the output').toBe('');
      }, 180_000);

      it('keeps CRLF line endings and a byte order mark in every file a fix spans', async () => {
        const dir = copy(project, 'input');
        const sourcesOf = (files: Record<string, string>): [string, string][] => Object.entries(files).filter(([file]) => SOURCE_FILE.test(file));
        const marked = (files: Record<string, string>): Record<string, string> => Object.fromEntries(sourcesOf(files).map(([file, text]) => [file, `\uFEFF${toCrlf(text)}`]));
        for (const [file, text] of Object.entries(marked(listFiles(dir)))) fs.writeFileSync(path.join(dir, file), text);
        await runProject(rule, dir, { write: true, unsafe: true });
        expect(Object.fromEntries(sourcesOf(listFiles(dir)))).toEqual(marked(listFiles(path.join(ROOT, project, 'output'))));
      }, 180_000);
    });
  }
});

describe('fixture projects, every rule on', () => {
  // With unconsumed-promise on, the type layer answers call-site questions too: its inferred
  // program over JavaScript without a tsconfig missed the caller the syntactic walk finds.
  it("finds a JavaScript caller in another file when the type layer is on (loop-cancellation's js-without-tsconfig)", async () => {
    const result = await run({ cwd: copy('loop-cancellation/js-without-tsconfig', 'input'), config: false, prettier: false, jobs: 1 });
    const loop = result.findings.find((finding) => finding.rule === 'loop-cancellation');
    expect(loop?.otherFiles?.map((other) => other.file)).toEqual(['src/main.js']);
  });
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

describe('loop-cancellation projects at run time: the input leaks after abort, the output does not', () => {
  const families: Record<string, (dir: string) => Promise<(signal: AbortSignal) => unknown>> = {
    'cross-file-options': async (dir) => (await import(path.join(dir, 'src/jobs.ts'))).startJobs.bind(null, 'tenant'),
    'js-without-tsconfig': async (dir) => (await import(path.join(dir, 'src/main.js'))).startInbox,
    // vitest does not resolve the tsconfig's `paths` alias (`@lib/poller`): run what tsc emits,
    // with the alias resolved by the project's own compiler options.
    'path-alias': async (dir) => (await import(path.join(compileProject(dir), 'src/sync/start.js'))).startSync,
    'class-method': async (dir) => (await import(path.join(dir, 'src/main.ts'))).startWorker,
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
      const output = await load(copy(`loop-cancellation/${name}`, 'output'));
      expect(await silence(() => leaksAfterAbort(output))).toEqual([]);
    }, 30_000);
  }
  for (const [name, load] of Object.entries(families)) {
    it(`${name}: the input keeps its loop running after the abort`, async () => {
      const input = await load(copy(`loop-cancellation/${name}`, 'input'));
      expect(await silence(() => leaksAfterAbort(input))).toContain('Timeout');
    }, 30_000);
  }
});

/**
 * unsettled-promise projects: the signal threaded into the waiting function ends the wait. The
 * input waits for ever when the event never comes, with its listener left on the target; the
 * output rejects with the caller's abort and leaves no listener.
 */
describe('unsettled-promise projects at run time: the input waits for ever, the output ends with the caller\'s abort', () => {
  const afterAbort = async (start: (signal: AbortSignal) => Promise<unknown>): Promise<Outcome> => {
    const controller = new AbortController();
    const waiting = start(controller.signal);
    await delay(20);
    controller.abort();
    return outcomeAfter(waiting, 50);
  };

  it('node-helper: a worker that never gets ready', async () => {
    for (const kind of ['input', 'output'] as const) {
      const { startWorker } = await import(path.join(copy('unsettled-promise/node-helper', kind), 'src/worker.ts'));
      const worker = new EventEmitter();
      const outcome = await afterAbort((signal) => startWorker(worker, signal));
      if (kind === 'input') {
        expect(outcome.state).toBe('pending');
        expect(worker.listenerCount('ready')).toBe(1);
      } else {
        expect(errorName(outcome)).toBe('AbortError');
        expect(worker.listenerCount('ready')).toBe(0);
        expect(worker.listenerCount('error')).toBe(0);
      }
    }
  });

  it('react-effect-image: an image that never loads', async () => {
    const global = globalThis as { Image?: unknown };
    const image = global.Image;
    const images: CountingTarget[] = [];
    global.Image = class extends CountingTarget {
      constructor() {
        super();
        images.push(this);
      }
    };
    try {
      for (const kind of ['input', 'output'] as const) {
        const { loadImage } = await import(path.join(copy('unsettled-promise/react-effect-image', kind), 'src/image.ts'));
        const outcome = await afterAbort((signal) => loadImage('/avatar.png', signal));
        const img = images.at(-1)!;
        if (kind === 'input') {
          expect(outcome.state).toBe('pending');
          expect(img.listeners).toBe(1);
        } else {
          expect(errorName(outcome)).toBe('AbortError');
          expect(img.listeners).toBe(0);
        }
      }
    } finally {
      global.Image = image;
    }
  });
});
