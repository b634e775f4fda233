// @vitest-environment happy-dom
/**
 * Behavioural proof for listener-cleanup: for a representative fixture of each owner kind that
 * runs in Node (a React effect, a custom element, a Lit element, a disposable Node class), the
 * fixture's INPUT and OUTPUT are compiled and loaded, mounted or started, torn down, and the
 * real listeners and handles are counted: before the fix a listener (or a watcher) is still
 * registered after teardown — and still runs —, after the fix it is gone.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURES = path.resolve(__dirname, '../../__testfixtures__/listener-cleanup');

/** The happy-dom globals this test uses (the project compiles without the DOM lib). */
interface TestElement {
  remove(): void;
}
interface TestEventTarget {
  addEventListener(type: string, listener: unknown, options?: unknown): void;
  removeEventListener(type: string, listener: unknown, options?: unknown): void;
  dispatchEvent(event: unknown): boolean;
}
const dom = globalThis as unknown as {
  window: TestEventTarget & { scrollY: number };
  document: TestEventTarget & { createElement(tag: string): TestElement; body: { appendChild(element: TestElement): void } };
  customElements: { define(name: string, element: unknown): void };
  Event: new (type: string) => unknown;
  KeyboardEvent: new (type: string, init: { key: string }) => unknown;
};
const nodeRequire = createRequire(__filename);

/**
 * Counts the listeners registered on a real event target, keyed as the DOM keys them (type,
 * function, capture), and how often they run — so the test sees a listener that is "removed"
 * with another function or capture flag stay registered, exactly as the browser keeps it.
 */
function trackListeners<T extends TestEventTarget>(target: T) {
  const live = new Map<string, number>();
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const wrapped = new WeakMap<object, (...args: unknown[]) => void>();
  let calls = 0;
  const captureOf = (options: unknown) => (typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture));
  const keys = new WeakMap<object, number>();
  let nextKey = 0;
  const keyOf = (type: string, listener: object, options: unknown) => {
    if (!keys.has(listener)) keys.set(listener, nextKey++);
    return `${type}:${keys.get(listener)}:${captureOf(options)}`;
  };
  const wrap = (listener: object) => {
    let counted = wrapped.get(listener);
    if (!counted) {
      counted = (...args: unknown[]) => {
        calls++;
        (listener as (...a: unknown[]) => void)(...args);
      };
      wrapped.set(listener, counted);
    }
    return counted;
  };
  /** What was really registered for a key (a `{ once: true }` listener also leaves the count when it fires). */
  const registered = new Map<string, (...args: unknown[]) => void>();
  Object.assign(target, {
    addEventListener(type: string, listener: object, options?: unknown) {
      const key = keyOf(type, listener, options);
      if (registered.has(key)) return;
      const once = typeof options === 'object' && options !== null && (options as { once?: boolean }).once;
      const real = once ? (...args: unknown[]) => { live.delete(key); registered.delete(key); wrap(listener)(...args); } : wrap(listener);
      live.set(key, 1);
      registered.set(key, real);
      add(type, real, options);
    },
    removeEventListener(type: string, listener: object, options?: unknown) {
      const key = keyOf(type, listener, options);
      const real = registered.get(key);
      live.delete(key);
      registered.delete(key);
      if (real) remove(type, real, options);
    },
  });
  return {
    get live(): number {
      return live.size;
    },
    get calls(): number {
      return calls;
    },
    /** Puts the target's own methods back (and drops what a leaky fixture left behind). */
    restore(): void {
      Object.assign(target, { addEventListener: add, removeEventListener: remove });
    },
  };
}

const restores: Array<() => void> = [];
afterEach(() => {
  for (const restore of restores.splice(0)) restore();
});

/** Compiles a fixture file and evaluates it as a CommonJS module with `scope` in place of globals. */
function loadFixture(file: string, scope: Record<string, unknown> = {}, modules: Record<string, unknown> = {}): Record<string, unknown> {
  const source = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
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

describe('listener-cleanup, observed at run time', () => {
  it('React effect: the scroll and resize listeners are gone after unmount only with the fix', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    // Typed locally: React's global typings would leak into the project's DOM-less type check.
    const React = nodeRequire('react') as { createElement(type: unknown, props: unknown): unknown; act(scope: () => Promise<void>): Promise<void> };
    const { createRoot } = nodeRequire('react-dom/client') as { createRoot(container: unknown): { render(element: unknown): void; unmount(): void } };

    const afterUnmount = async (file: string): Promise<{ mounted: number; unmounted: number; runsAfterUnmount: number }> => {
      const tracker = trackListeners(dom.window);
      restores.push(() => tracker.restore());
      const { Header } = loadFixture(file, {}, { react: React });
      const root = createRoot(dom.document.createElement('div'));
      await React.act(async () => root.render(React.createElement(Header, {})));
      const mounted = tracker.live;
      await React.act(async () => root.unmount());
      const before = tracker.calls;
      dom.window.dispatchEvent(new dom.Event('scroll'));
      return { mounted, unmounted: tracker.live, runsAfterUnmount: tracker.calls - before };
    };

    // The input's cleanup removes a new arrow function: the real listener stays, and still runs.
    expect(await afterUnmount('effect-inline-removal-repaired.input.tsx')).toEqual({ mounted: 2, unmounted: 2, runsAfterUnmount: 1 });
    expect(await afterUnmount('effect-inline-removal-repaired.output.tsx')).toEqual({ mounted: 2, unmounted: 0, runsAfterUnmount: 0 });
  });

  it('React effect with listeners added in loops: every one is removed on a dependency change and on unmount only with the fix', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const React = nodeRequire('react') as { createElement(type: unknown, props: unknown): unknown; act(scope: () => Promise<void>): Promise<void> };
    const { createRoot } = nodeRequire('react-dom/client') as { createRoot(container: unknown): { render(element: unknown): void; unmount(): void } };

    const lifecycle = async (file: string) => {
      const windowListeners = trackListeners(dom.window);
      const documentListeners = trackListeners(dom.document);
      restores.push(() => windowListeners.restore(), () => documentListeners.restore());
      const live = () => windowListeners.live + documentListeners.live;
      const calls = () => windowListeners.calls + documentListeners.calls;
      const { useActivity } = loadFixture(file, {}, { react: React }) as { useActivity(onActivity: () => void): void };
      const Tracker = ({ onActivity }: { onActivity: () => void }) => {
        useActivity(onActivity);
        return null;
      };
      const root = createRoot(dom.document.createElement('div'));
      let seen = 0;
      await React.act(async () => root.render(React.createElement(Tracker, { onActivity: () => seen++ })));
      const mounted = live();
      // A new handler: the effect re-runs, its cleanup must take every listener of the last run.
      await React.act(async () => root.render(React.createElement(Tracker, { onActivity: () => seen++ })));
      const rerun = live();
      dom.window.dispatchEvent(new dom.Event('scroll'));
      const runsPerEvent = seen;
      await React.act(async () => root.unmount());
      const before = calls();
      dom.window.dispatchEvent(new dom.Event('keydown'));
      dom.document.dispatchEvent(new dom.Event('keydown'));
      return { mounted, rerun, runsPerEvent, unmounted: live(), runsAfterUnmount: calls() - before };
    };

    // Five events on window and five on document; before the fix a re-run adds ten more and the old handlers still run.
    expect(await lifecycle('effect-listeners-in-loops.input.tsx')).toEqual({ mounted: 10, rerun: 20, runsPerEvent: 2, unmounted: 20, runsAfterUnmount: 4 });
    expect(await lifecycle('effect-listeners-in-loops.output.tsx')).toEqual({ mounted: 10, rerun: 10, runsPerEvent: 1, unmounted: 0, runsAfterUnmount: 0 });
  });

  it('custom element: document and window listeners are removed on disconnect only with the fix', () => {
    const afterRemove = (file: string, tag: string): { connected: number; removed: number; keyRunsAfterRemove: number } => {
      const documentListeners = trackListeners(dom.document);
      const windowListeners = trackListeners(dom.window);
      restores.push(() => documentListeners.restore(), () => windowListeners.restore());
      const registry = { define: (_name: string, element: unknown) => dom.customElements.define(tag, element) };
      loadFixture(file, { customElements: registry });
      const element = dom.document.createElement(tag);
      dom.document.body.appendChild(element);
      const connected = documentListeners.live + windowListeners.live;
      element.remove();
      const before = documentListeners.calls;
      dom.document.dispatchEvent(new dom.KeyboardEvent('keydown', { key: 'x' }));
      return { connected, removed: documentListeners.live + windowListeners.live, keyRunsAfterRemove: documentListeners.calls - before };
    };

    // The input's disconnectedCallback removes `this.onKeyDown.bind(this)`: a new function, so nothing.
    expect(afterRemove('custom-element-bound-method-removal-repaired.input.js', 'search-box-before')).toEqual({ connected: 2, removed: 2, keyRunsAfterRemove: 1 });
    expect(afterRemove('custom-element-bound-method-removal-repaired.output.js', 'search-box-after')).toEqual({ connected: 2, removed: 0, keyRunsAfterRemove: 0 });
  });

  it('Lit element: window listeners are removed in a created disconnectedCallback (after super) only with the fix', async () => {
    // Loaded by name so its DOM typings stay out of the project's (DOM-less) type check.
    const litModule = 'lit';
    const lit: unknown = await import(litModule);
    const afterRemove = async (file: string, tag: string): Promise<{ connected: number; removed: number }> => {
      const tracker = trackListeners(dom.window);
      restores.push(() => tracker.restore());
      const { NetworkBadge } = loadFixture(file, {}, { lit });
      dom.customElements.define(tag, NetworkBadge);
      const element = dom.document.createElement(tag);
      dom.document.body.appendChild(element);
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const connected = tracker.live;
      element.remove();
      return { connected, removed: tracker.live };
    };

    expect(await afterRemove('lit-element-window-listeners.input.ts', 'network-badge-before')).toEqual({ connected: 3, removed: 3 });
    expect(await afterRemove('lit-element-window-listeners.output.ts', 'network-badge-after')).toEqual({ connected: 3, removed: 0 });
  });

  it('disposable class: the fs.watch handle outlives close() only without the fix; the beforeExit handler stays (process lifetime by intent)', async () => {
    const watchers: fs.FSWatcher[] = [];
    const trackedFs = { ...fs, watch: (...args: Parameters<typeof fs.watch>) => { const watcher = fs.watch(...args); watchers.push(watcher); return watcher; } };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-listener-'));
    const watchHandles = () => process.getActiveResourcesInfo().filter((name) => name === 'FSEventWrap').length;
    // A closed handle leaves Node's list of active resources once the event loop has run its close callback.
    const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
    const afterClose = async (file: string): Promise<{ started: [number, number]; closed: [number, number] }> => {
      const listeners = process.listeners('beforeExit');
      const handles = watchHandles();
      const { DirectoryCache } = loadFixture(file, {}, { 'node:fs': trackedFs });
      const cache = new (DirectoryCache as new (dir: string) => { start(): void; close(): void })(dir);
      cache.start();
      const started: [number, number] = [process.listenerCount('beforeExit') - listeners.length, watchHandles() - handles];
      cache.close();
      await nextTurn();
      const closed: [number, number] = [process.listenerCount('beforeExit') - listeners.length, watchHandles() - handles];
      // Drop what the leaky version left behind, so the test run itself does not leak.
      for (const listener of process.listeners('beforeExit')) if (!listeners.includes(listener)) process.off('beforeExit', listener);
      for (const watcher of watchers.splice(0)) watcher.close();
      await nextTurn();
      return { started, closed };
    };
    try {
      expect(await afterClose('disposable-class-process-listener-and-watcher.input.ts')).toEqual({ started: [1, 1], closed: [1, 1] });
      expect(await afterClose('disposable-class-process-listener-and-watcher.output.ts')).toEqual({ started: [1, 1], closed: [1, 0] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
