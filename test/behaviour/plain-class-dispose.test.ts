// @vitest-environment happy-dom
/**
 * Behavioural proof for issue 8 item 4: a class with no disposal method gets a new `dispose()`
 * only together with its call in the owner that creates the instance. The fixture
 * `plain-class-dispose-called-by-creating-effect` (a `Poller` class that starts an interval and
 * adds a window listener in its constructor, created in a React effect on `[onTick]`) is run
 * as input and as output (the suggestion applied, i.e. `--unsafe`) in a real React render:
 * while mounted the class ticks and reacts to the event the same in both; after unmount the
 * input leaves the interval (timer-cleanup) or the listener (listener-cleanup) alive, the
 * output does not — and the other rule's resource is left as it was.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as nodeTimers from 'node:timers';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURE_ROOT = path.resolve(__dirname, '../../__testfixtures__');
const FIXTURE = 'plain-class-dispose-called-by-creating-effect';
/** The fixture's 1000 ms interval runs every 10 ms here. */
const TIME_SCALE = 100;

/** The happy-dom globals this test uses (the project compiles without the DOM lib). */
interface TestEventTarget {
  addEventListener(type: string, listener: unknown, options?: unknown): void;
  removeEventListener(type: string, listener: unknown, options?: unknown): void;
  dispatchEvent(event: unknown): boolean;
}
const dom = globalThis as unknown as {
  document: { createElement(tag: string): unknown };
  EventTarget: new () => TestEventTarget;
  Event: new (type: string) => unknown;
};
const nodeRequire = createRequire(__filename);

/** Real Node intervals in place of the globals, counted while alive and each time they fire. */
function trackIntervals() {
  const live = new Set<NodeJS.Timeout>();
  let fired = 0;
  return {
    globals: {
      setInterval: (callback: () => void, ms = 0) => {
        const handle = nodeTimers.setInterval(() => {
          fired++;
          callback();
        }, ms / TIME_SCALE);
        live.add(handle);
        return handle;
      },
      clearInterval: (handle: NodeJS.Timeout | undefined) => {
        if (handle) live.delete(handle);
        nodeTimers.clearInterval(handle);
      },
    },
    get live(): number {
      return live.size;
    },
    get fired(): number {
      return fired;
    },
    /** Stops what a leaky fixture left running, so the test run itself does not leak. */
    dispose(): void {
      for (const handle of live) nodeTimers.clearInterval(handle);
      live.clear();
    },
  };
}

/** A real event target standing in for `window`, counting the listeners registered on it. */
function trackedWindow() {
  const target = new dom.EventTarget();
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const keyOf = (type: string, listener: object) => {
    if (!ids.has(listener)) ids.set(listener, nextId++);
    return `${type}:${ids.get(listener)}`;
  };
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  Object.assign(target, {
    addEventListener(type: string, listener: object, options?: unknown) {
      live.add(keyOf(type, listener));
      add(type, listener, options);
    },
    removeEventListener(type: string, listener: object, options?: unknown) {
      live.delete(keyOf(type, listener));
      remove(type, listener, options);
    },
  });
  return {
    window: target,
    get live(): number {
      return live.size;
    },
  };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Compiles a fixture file and evaluates it as a CommonJS module with `scope` in place of globals. */
function loadFixture(file: string, scope: Record<string, unknown>, modules: Record<string, unknown>): Record<string, unknown> {
  const source = fs.readFileSync(path.join(FIXTURE_ROOT, file), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, esModuleInterop: true, useDefineForClassFields: true },
  });
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string): unknown => (id in modules ? modules[id] : nodeRequire(id));
  const names = Object.keys(scope);
  new Function('require', 'module', 'exports', ...names, outputText)(require, module, module.exports, ...names.map((name) => scope[name]));
  return module.exports;
}

const sleep = (ms: number) => new Promise<void>((resolve) => nodeTimers.setTimeout(resolve, ms));

interface Phase {
  /** Interval callbacks run during the phase. */
  ticks: number;
  /** Times the `online` handler ran for one dispatched `online` event. */
  onlineRuns: number;
  liveIntervals: number;
  liveListeners: number;
  /** Interval callbacks of the first render's `onTick` during the phase (before the event). */
  oldCallbackTicks: number;
}

interface Run {
  mounted: Phase;
  /** After a re-render with a new `onTick` (the effect's dependency): the old instance's fate. */
  afterDependencyChange: Phase;
  unmounted: Phase;
}

/** Mounts a component using the fixture's `usePoller`, changes its dependency, unmounts it. */
async function run(file: string): Promise<Run> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // Typed locally: React's global typings would leak into the project's DOM-less type check.
  const React = nodeRequire('react') as { createElement(type: unknown, props: unknown): unknown; act(scope: () => Promise<void>): Promise<void> };
  const { createRoot } = nodeRequire('react-dom/client') as { createRoot(container: unknown): { render(element: unknown): void; unmount(): void } };

  const intervals = trackIntervals();
  const listeners = trackedWindow();
  cleanups.push(() => intervals.dispose());
  const silentConsole = { log: () => {} };
  const { usePoller } = loadFixture(file, { ...intervals.globals, window: listeners.window, console: silentConsole }, { react: React });
  const Probe = ({ onTick }: { onTick: () => void }) => {
    (usePoller as (onTick: () => void) => void)(onTick);
    return null;
  };

  let calls = 0;
  const countCalls = () => calls++;
  let oldCalls = 0;
  const countOldCalls = () => oldCalls++;
  const phase = async (): Promise<Phase> => {
    const firedBefore = intervals.fired;
    const oldCallsBefore = oldCalls;
    await sleep(60);
    const oldCallbackTicks = oldCalls - oldCallsBefore;
    const before = calls + oldCalls;
    listeners.window.dispatchEvent(new dom.Event('online'));
    return {
      ticks: intervals.fired - firedBefore,
      onlineRuns: calls + oldCalls - before,
      liveIntervals: intervals.live,
      liveListeners: listeners.live,
      oldCallbackTicks,
    };
  };

  const root = createRoot(dom.document.createElement('div'));
  await React.act(async () => root.render(React.createElement(Probe, { onTick: countOldCalls })));
  const mounted = await phase();
  await React.act(async () => root.render(React.createElement(Probe, { onTick: countCalls })));
  const afterDependencyChange = await phase();
  await React.act(async () => root.unmount());
  const unmounted = await phase();
  return { mounted, afterDependencyChange, unmounted };
}

describe('plain class given a dispose() called by the creating effect, observed at run time', () => {
  it('timer-cleanup: the interval works the same while mounted and stops at unmount only with the fix', async () => {
    const input = await run(`timer-cleanup/${FIXTURE}.input.tsx`);
    const output = await run(`timer-cleanup/${FIXTURE}.output.tsx`);

    // Mounted: the same class behaviour in both.
    for (const { mounted } of [input, output]) {
      expect(mounted.ticks).toBeGreaterThan(0);
      expect(mounted.onlineRuns).toBe(1);
      expect(mounted.liveIntervals).toBe(1);
      expect(mounted.liveListeners).toBe(1);
    }

    // A dependency change: the new instance ticks in both; only the input keeps the old one.
    expect(input.afterDependencyChange.liveIntervals).toBe(2);
    expect(input.afterDependencyChange.oldCallbackTicks).toBeGreaterThan(0);
    expect(output.afterDependencyChange.liveIntervals).toBe(1);
    expect(output.afterDependencyChange.oldCallbackTicks).toBe(0);
    expect(output.afterDependencyChange.ticks).toBeGreaterThan(0);

    // Unmounted: the input's intervals still fire, the output's are gone.
    expect(input.unmounted.liveIntervals).toBe(2);
    expect(input.unmounted.ticks).toBeGreaterThan(0);
    expect(output.unmounted.liveIntervals).toBe(0);
    expect(output.unmounted.ticks).toBe(0);
    // The listener is listener-cleanup's finding: this fix leaves it as it was.
    expect(output.unmounted.liveListeners).toBe(input.unmounted.liveListeners);
    expect(output.unmounted.liveListeners).toBeGreaterThan(0);
  });

  it('listener-cleanup: the listener works the same while mounted and is removed at unmount only with the fix', async () => {
    const input = await run(`listener-cleanup/${FIXTURE}.input.tsx`);
    const output = await run(`listener-cleanup/${FIXTURE}.output.tsx`);

    for (const { mounted } of [input, output]) {
      expect(mounted.onlineRuns).toBe(1);
      expect(mounted.liveListeners).toBe(1);
      expect(mounted.ticks).toBeGreaterThan(0);
    }

    // A dependency change: one handler runs per event with the fix, the old instance's too without.
    expect(input.afterDependencyChange.liveListeners).toBe(2);
    expect(input.afterDependencyChange.onlineRuns).toBe(2);
    expect(output.afterDependencyChange.liveListeners).toBe(1);
    expect(output.afterDependencyChange.onlineRuns).toBe(1);

    // Unmounted: the input's handlers still run on the event, the output's are removed.
    expect(input.unmounted.liveListeners).toBe(2);
    expect(input.unmounted.onlineRuns).toBe(2);
    expect(output.unmounted.liveListeners).toBe(0);
    expect(output.unmounted.onlineRuns).toBe(0);
    // The interval is timer-cleanup's finding: this fix leaves it as it was.
    expect(output.unmounted.liveIntervals).toBe(input.unmounted.liveIntervals);
    expect(output.unmounted.ticks).toBeGreaterThan(0);
  });
});
