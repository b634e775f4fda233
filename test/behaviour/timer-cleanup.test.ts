// @vitest-environment happy-dom
/**
 * Behavioural proof for timer-cleanup: for a representative fixture of each owner kind that
 * runs in Node (a React effect, a custom element, a Lit element, a function with an
 * AbortSignal, a disposable Node class), the
 * fixture's INPUT and OUTPUT are compiled and loaded, mounted and torn down, and real timers
 * are observed: before the fix a timer is still alive (and still firing) after teardown, after
 * the fix it is gone.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as nodeTimers from 'node:timers';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURES = path.resolve(__dirname, '../../__testfixtures__/timer-cleanup');

/** The happy-dom globals this test uses (the project compiles without the DOM lib). */
interface TestElement {
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: () => void): void;
  remove(): void;
}
const dom = globalThis as unknown as {
  window: object;
  document: { createElement(tag: string): TestElement; body: { appendChild(element: TestElement): void } };
  customElements: { define(name: string, element: unknown): void };
};
const nodeRequire = createRequire(__filename);

/**
 * Real Node timers handed to the fixture module in place of the globals, so the test can see
 * which ones are still alive and how often their callbacks run.
 */
function createTimerTracker() {
  const live = new Set<unknown>();
  let fired = 0;
  const wrap = (callback: (...args: unknown[]) => void) => (...args: unknown[]) => {
    fired++;
    callback(...args);
  };
  const tracker = {
    setInterval: (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const handle = nodeTimers.setInterval(wrap(callback), ms, ...args);
      live.add(handle);
      return handle;
    },
    setTimeout: (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const handle: NodeJS.Timeout = nodeTimers.setTimeout((...callArgs: unknown[]) => {
        live.delete(handle);
        wrap(callback)(...callArgs);
      }, ms, ...args);
      live.add(handle);
      return handle;
    },
    clearInterval: (handle: NodeJS.Timeout | undefined) => {
      live.delete(handle);
      nodeTimers.clearInterval(handle);
    },
    clearTimeout: (handle: NodeJS.Timeout | undefined) => {
      live.delete(handle);
      nodeTimers.clearTimeout(handle);
    },
  };
  return {
    globals: tracker,
    get live(): number {
      return live.size;
    },
    get fired(): number {
      return fired;
    },
    /** Stops whatever the fixture leaked, so the test run itself does not leak. */
    dispose(): void {
      for (const handle of live) nodeTimers.clearInterval(handle as NodeJS.Timeout);
      live.clear();
    },
  };
}

type Tracker = ReturnType<typeof createTimerTracker>;
const trackers: Tracker[] = [];
afterEach(() => {
  for (const tracker of trackers.splice(0)) tracker.dispose();
});

/** Compiles a fixture file and evaluates it as a CommonJS module with `scope` in place of globals. */
function loadFixture(file: string, scope: Record<string, unknown>, modules: Record<string, unknown> = {}): Record<string, unknown> {
  const source = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.ReactJSX,
      esModuleInterop: true,
    },
  });
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string): unknown => (id in modules ? modules[id] : nodeRequire(id));
  const names = Object.keys(scope);
  new Function('require', 'module', 'exports', ...names, outputText)(require, module, module.exports, ...names.map((name) => scope[name]));
  return module.exports;
}

const sleep = (ms: number) => new Promise<void>((resolve) => nodeTimers.setTimeout(resolve, ms));

describe('timer-cleanup, observed at run time', () => {
  it('React effect: the interval stops firing after unmount only with the fix', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    // Typed locally: React's global typings would leak into the project's DOM-less type check.
    const React = nodeRequire('react') as { createElement(type: unknown, props: unknown): unknown; act(scope: () => Promise<void>): Promise<void> };
    const { createRoot } = nodeRequire('react-dom/client') as { createRoot(container: unknown): { render(element: unknown): void; unmount(): void } };

    const firesAfterUnmount = async (file: string): Promise<{ before: number; after: number; live: number }> => {
      const tracker = createTimerTracker();
      trackers.push(tracker);
      // The fixture calls `window.setInterval` (and the fix the global `clearInterval`): both tracked.
      const fakeWindow = Object.assign(Object.create(dom.window), tracker.globals);
      const scope = { ...tracker.globals, window: fakeWindow, requestAnimationFrame: () => 0, cancelAnimationFrame: () => {} };
      const { Spinner } = loadFixture(file, scope, { react: React });
      let spins = 0;
      const spin = () => spins++;
      const container = dom.document.createElement('div');
      const root = createRoot(container);
      await React.act(async () => root.render(React.createElement(Spinner, { spin })));
      await sleep(80);
      const before = spins;
      await React.act(async () => root.unmount());
      spins = 0;
      await sleep(80);
      return { before, after: spins, live: tracker.live };
    };

    const leaky = await firesAfterUnmount('effect-ref-handle.input.tsx');
    expect(leaky.before).toBeGreaterThan(0);
    expect(leaky.after).toBeGreaterThan(0);
    expect(leaky.live).toBe(1);

    const fixed = await firesAfterUnmount('effect-ref-handle.output.tsx');
    expect(fixed.before).toBeGreaterThan(0);
    expect(fixed.after).toBe(0);
    expect(fixed.live).toBe(0);
  });

  it('React effect with dependencies: clearing a one-shot timer in the cleanup cancels it on a dependency change (why it is a suggestion)', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    type Component = (props: Record<string, unknown>) => unknown;
    const React = nodeRequire('react') as {
      createElement(type: unknown, props: unknown): unknown;
      act(scope: () => Promise<void>): Promise<void>;
      useState<T>(initial: T): [T, (value: T) => void];
      useEffect(effect: () => void, deps: unknown[]): void;
    };
    const { createRoot } = nodeRequire('react-dom/client') as { createRoot(container: unknown): { render(element: unknown): void; unmount(): void } };
    const FILE = 'effect-toast-timeout-on-dependency-change';
    const run = async (kind: 'input' | 'output', component: string, steps: Array<'render' | 'rerender' | 'unmount'>, wait: number) => {
      const tracker = createTimerTracker();
      trackers.push(tracker);
      const exports = loadFixture(`${FILE}.${kind}.tsx`, tracker.globals, { react: React });
      const toasts: string[] = [];
      const toast = (text: string) => toasts.push(text);
      // The app's shape: the notice is shown for one render, and the host's effect clears it
      // right away (in the same commit flush), which changes NoticeToast's dependency.
      const NoticeHost: Component = () => {
        const [notice, setNotice] = React.useState<string | null>('saved');
        React.useEffect(() => {
          if (notice) setNotice(null);
        }, [notice]);
        return React.createElement(exports.NoticeToast, { notice, toast });
      };
      const root = createRoot(dom.document.createElement('div'));
      let renders = 0;
      for (const step of steps) {
        const element = component === 'NoticeToast' ? React.createElement(NoticeHost, {}) : React.createElement(exports[component], { toast, render: renders++ });
        await React.act(async () => (step === 'unmount' ? root.unmount() : root.render(element)));
      }
      await sleep(wait);
      return { toasts, live: tracker.live };
    };
    // Before: one toast. The suggestion (applied with --unsafe) cancels it in the cleanup that
    // runs on the dependency change: no toast. This is why it is not `auto`.
    expect(await run('input', 'NoticeToast', ['render'], 40)).toEqual({ toasts: ['saved'], live: 0 });
    expect(await run('output', 'NoticeToast', ['render'], 40)).toEqual({ toasts: [], live: 0 });

    // Empty dependency list (the `auto` fix): the cleanup runs at unmount alone, so the toast
    // still fires while mounted, across re-renders; only the one that would fire after unmount stops.
    expect(await run('input', 'WelcomeToast', ['render', 'rerender'], 400)).toEqual({ toasts: ['welcome'], live: 0 });
    expect(await run('output', 'WelcomeToast', ['render', 'rerender'], 400)).toEqual({ toasts: ['welcome'], live: 0 });
    expect(await run('input', 'WelcomeToast', ['render', 'unmount'], 400)).toEqual({ toasts: ['welcome'], live: 0 });
    expect(await run('output', 'WelcomeToast', ['render', 'unmount'], 400)).toEqual({ toasts: [], live: 0 });
  });

  it('deferred cleanup: a timer that only removes a listener must not be cancelled at unmount (why it is not a finding)', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const React = nodeRequire('react') as { createElement(type: unknown, props: unknown): unknown; act(scope: () => Promise<void>): Promise<void> };
    const { createRoot } = nodeRequire('react-dom/client') as { createRoot(container: unknown): { render(element: unknown): void; unmount(): void } };
    const { Event } = dom.window as unknown as { Event: new (type: string, init: { cancelable: boolean }) => { defaultPrevented: boolean } };
    /** Mounts, unmounts at once, waits past the 100 ms timer, then pastes: is the paste still blocked? */
    const pasteBlockedAfterUnmount = async (file: string, component: string, cancelPendingTimersAtUnmount: boolean): Promise<boolean> => {
      const tracker = createTimerTracker();
      trackers.push(tracker);
      const fakeWindow = Object.assign(Object.create(dom.window), tracker.globals);
      // A fresh document per case, so a blocker one case leaves cannot decide the next one.
      const document = Object.assign(dom.document.createElement('div'), { body: dom.document.createElement('div') });
      const scope = { ...tracker.globals, window: fakeWindow, document, fetch: () => Promise.resolve() };
      const exports = loadFixture(file, scope, { react: React });
      const root = createRoot(dom.document.createElement('div'));
      await React.act(async () => root.render(React.createElement(exports[component], { onPaste: () => {}, toast: () => {} })));
      await React.act(async () => root.unmount());
      // What a cleanup that cancelled the timer at unmount would do.
      if (cancelPendingTimersAtUnmount) tracker.dispose();
      await sleep(200);
      const paste = new Event('paste', { cancelable: true });
      (document as unknown as { dispatchEvent(event: unknown): boolean }).dispatchEvent(paste);
      return paste.defaultPrevented;
    };
    // The deferred cleanup as written removes its paste blocker after 100 ms, mounted or not.
    expect(await pasteBlockedAfterUnmount('skip-deferred-release-timeout.input.tsx', 'PasteGuard', false)).toBe(false);
    expect(await pasteBlockedAfterUnmount('deferred-release-callback-does-more.input.tsx', 'PasteHint', false)).toBe(false);
    // A callback that also does other work gets the fix only as a suggestion: applied, it leaves the blocker.
    expect(await pasteBlockedAfterUnmount('deferred-release-callback-does-more.output.tsx', 'PasteHint', false)).toBe(true);
    // Cancelling the pure deferred cleanup at unmount (the fix the rule no longer proposes) would too.
    expect(await pasteBlockedAfterUnmount('skip-deferred-release-timeout.input.tsx', 'PasteGuard', true)).toBe(true);
  });

  it('React effect with a loop: every interval the loop started is cleared at unmount, not only the last', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const React = nodeRequire('react') as { createElement(type: unknown, props: unknown): unknown; act(scope: () => Promise<void>): Promise<void> };
    const { createRoot } = nodeRequire('react-dom/client') as { createRoot(container: unknown): { render(element: unknown): void; unmount(): void } };
    const liveAfterUnmount = async (file: string): Promise<{ mounted: number; unmounted: number }> => {
      const tracker = createTimerTracker();
      trackers.push(tracker);
      const { Dashboard } = loadFixture(file, tracker.globals, { react: React });
      const widgets = [{ refresh: () => {} }, { refresh: () => {} }, { refresh: () => {} }];
      const root = createRoot(dom.document.createElement('div'));
      await React.act(async () => root.render(React.createElement(Dashboard, { widgets })));
      const mounted = tracker.live;
      await React.act(async () => root.unmount());
      return { mounted, unmounted: tracker.live };
    };
    expect(await liveAfterUnmount('effect-interval-in-loop.input.tsx')).toEqual({ mounted: 3, unmounted: 3 });
    expect(await liveAfterUnmount('effect-interval-in-loop.output.tsx')).toEqual({ mounted: 3, unmounted: 0 });
  });

  it('React effect with an expression body: the block body the fix writes clears the interval at unmount', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const React = nodeRequire('react') as { createElement(type: unknown, props: unknown): unknown; act(scope: () => Promise<void>): Promise<void> };
    const { createRoot } = nodeRequire('react-dom/client') as { createRoot(container: unknown): { render(element: unknown): void; unmount(): void } };
    const liveAfterUnmount = async (file: string): Promise<{ mounted: number; unmounted: number }> => {
      const tracker = createTimerTracker();
      trackers.push(tracker);
      const frames = new Set<number>();
      let nextFrame = 1;
      const scope = {
        ...tracker.globals,
        requestAnimationFrame: () => {
          frames.add(nextFrame);
          return nextFrame++;
        },
        cancelAnimationFrame: (id: number) => frames.delete(id),
        // The fixture's negatives hand a handle to a project function, or log it.
        register: () => {},
        console: { debug: () => {} },
      };
      const { Dashboard } = loadFixture(file, scope, { react: React });
      const root = createRoot(dom.document.createElement('div'));
      const noop = () => {};
      await React.act(async () => root.render(React.createElement(Dashboard, { tick: noop, measure: noop, notice: 'n', show: noop })));
      const mounted = tracker.live + frames.size;
      await React.act(async () => root.unmount());
      return { mounted, unmounted: tracker.live + frames.size };
    };
    // Three intervals (one in each expression-bodied [] effect and one a negative hands on), a
    // timeout and a frame; the fix stops the two intervals and the frame of the [] effects and
    // (applied with --unsafe) the timeout of the effect with dependencies.
    const before = await liveAfterUnmount('effect-expression-body-timers.input.tsx');
    const after = await liveAfterUnmount('effect-expression-body-timers.output.tsx');
    expect(before.mounted).toBe(after.mounted);
    expect(before.unmounted).toBe(before.mounted);
    expect(after.unmounted).toBe(before.unmounted - 4);
  });

  it('custom element: the interval is cleared when the element is disconnected only with the fix', async () => {
    const aliveAfterRemove = (file: string, tag: string): { connected: number; removed: number } => {
      const tracker = createTimerTracker();
      trackers.push(tracker);
      const registry = { define: (_name: string, element: unknown) => dom.customElements.define(tag, element) };
      loadFixture(file, { ...tracker.globals, customElements: registry });
      const element = dom.document.createElement(tag);
      element.setAttribute('datetime', '2024-01-01T00:00:00Z');
      dom.document.body.appendChild(element);
      const connected = tracker.live;
      element.remove();
      return { connected, removed: tracker.live };
    };

    expect(aliveAfterRemove('custom-element-interval.input.js', 'relative-time-before')).toEqual({ connected: 1, removed: 1 });
    expect(aliveAfterRemove('custom-element-interval.output.js', 'relative-time-after')).toEqual({ connected: 1, removed: 0 });
  });

  it('Lit element: the timeout is cancelled in disconnectedCallback (after super) only with the fix', async () => {
    // Loaded by name so its DOM typings stay out of the project's (DOM-less) type check.
    const litModule = 'lit';
    const lit: unknown = await import(litModule);
    const pendingAfterRemove = async (file: string, tag: string): Promise<{ connected: number; removed: number; dismissed: number }> => {
      const tracker = createTimerTracker();
      trackers.push(tracker);
      const { FlashMessage } = loadFixture(file, tracker.globals, { lit });
      dom.customElements.define(tag, FlashMessage);
      const element = dom.document.createElement(tag);
      let dismissed = 0;
      element.addEventListener('dismissed', () => dismissed++);
      dom.document.body.appendChild(element);
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const connected = tracker.live;
      element.remove();
      return { connected, removed: tracker.live, dismissed };
    };

    expect(await pendingAfterRemove('lit-existing-disconnected-timeout.input.js', 'flash-message-before')).toEqual({ connected: 1, removed: 1, dismissed: 1 });
    // The existing disconnectedCallback (super call, event) still runs; the timeout is gone too.
    expect(await pendingAfterRemove('lit-existing-disconnected-timeout.output.js', 'flash-message-after')).toEqual({ connected: 1, removed: 0, dismissed: 1 });
  });

  it('cancellable function: the interval stops when the signal aborts only with the fix', async () => {
    const aliveAfterAbort = async (file: string): Promise<{ running: number; aborted: number }> => {
      const tracker = createTimerTracker();
      trackers.push(tracker);
      const { watchJob } = loadFixture(file, tracker.globals);
      const controller = new AbortController();
      const done = (watchJob as (id: string, signal: AbortSignal, report: (id: string) => void) => Promise<void>)('job-1', controller.signal, () => {});
      const running = tracker.live;
      controller.abort();
      await done;
      return { running, aborted: tracker.live };
    };

    expect(await aliveAfterAbort('cancellable-function-interval.input.ts')).toEqual({ running: 1, aborted: 1 });
    expect(await aliveAfterAbort('cancellable-function-interval.output.ts')).toEqual({ running: 1, aborted: 0 });
  });

  it('disposable class: Node reports the interval as an active resource after dispose() only without the fix', () => {
    const activeTimeouts = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    const activeAfterDispose = (file: string): { created: number; disposed: number } => {
      const tracker = createTimerTracker();
      trackers.push(tracker);
      const { MetricsReporter } = loadFixture(file, tracker.globals);
      const start = activeTimeouts();
      const flushed: number[][] = [];
      const reporter = new (MetricsReporter as new (flush: (samples: number[]) => void) => { record(n: number): void; dispose(): void })((samples) => flushed.push(samples));
      const created = activeTimeouts() - start;
      reporter.record(1);
      reporter.dispose();
      expect(flushed).toEqual([[1]]);
      return { created, disposed: activeTimeouts() - start };
    };

    expect(activeAfterDispose('disposable-class-dispose-interval.input.ts')).toEqual({ created: 1, disposed: 1 });
    expect(activeAfterDispose('disposable-class-dispose-interval.output.ts')).toEqual({ created: 1, disposed: 0 });
  });
});
