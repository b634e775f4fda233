// @vitest-environment happy-dom
/**
 * Behavioural proof for the Vue Options-API owner (timer-cleanup and listener-cleanup): the
 * fixtures' INPUT and OUTPUT components are compiled, mounted with Vue 3 (`createApp`) in
 * happy-dom, unmounted (or deactivated inside `<KeepAlive>`), and the real timers, listeners
 * and handles they started are counted: before the fix they are still alive after the
 * component is gone, after the fix none is. Vue 2 shapes (`Vue.extend`, `beforeDestroy`) are
 * covered by the fixtures only: one `vue` package can be installed, and it is Vue 3.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as nodeTimers from 'node:timers';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../__testfixtures__');

/** The happy-dom globals this test uses (the project compiles without the DOM lib). */
interface TestEventTarget {
  addEventListener(type: string, listener: unknown, options?: unknown): void;
  removeEventListener(type: string, listener: unknown, options?: unknown): void;
}
const dom = globalThis as unknown as {
  window: TestEventTarget;
  document: TestEventTarget & { createElement(tag: string): unknown };
};
const nodeRequire = createRequire(__filename);

/** Vue 3, typed locally: its DOM typings would leak into the project's DOM-less type check. */
interface App {
  config: { warnHandler?: () => void };
  mount(container: unknown): unknown;
  unmount(): void;
}
const vue = nodeRequire('vue') as {
  createApp(component: unknown): App;
  h(type: unknown, props?: unknown, children?: unknown): unknown;
  ref<T>(value: T): { value: T };
  nextTick(): Promise<void>;
  KeepAlive: unknown;
};

/** Compiles a fixture (the `<script>` of a `.vue` file) and evaluates it as CommonJS with `scope` in place of globals. */
function loadFixture(file: string, scope: Record<string, unknown> = {}): Record<string, unknown> {
  let source = fs.readFileSync(path.join(ROOT, file), 'utf8');
  if (file.endsWith('.vue')) source = /<script[^>]*>([\s\S]*?)<\/script>/.exec(source)![1]!;
  const { outputText } = ts.transpileModule(source, {
    fileName: file.replace(/\.vue$/, '.ts'),
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string): unknown => (id === 'vue' ? vue : nodeRequire(id));
  const names = Object.keys(scope);
  new Function('require', 'module', 'exports', ...names, outputText)(require, module, module.exports, ...names.map((name) => scope[name]));
  return module.exports;
}

/** A Vue app for `component` that stays quiet about the fixtures having no template. */
function createQuietApp(component: unknown): App {
  const app = vue.createApp(component);
  app.config.warnHandler = () => {};
  return app;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/**
 * Real Node timers in place of the globals, so the test sees which are still alive. A handle
 * kept in `data()` comes back as Vue's reactive proxy of Node's `Timeout`, which Node's
 * `clearInterval` clears all the same; timers are told apart by their id (`+handle`), which
 * the proxy reports too.
 */
function createTimerTracker() {
  const live = new Map<number, NodeJS.Timeout>();
  const globals = {
    setInterval: (callback: () => void, ms?: number) => {
      const handle = nodeTimers.setInterval(callback, ms);
      live.set(+handle, handle);
      return handle;
    },
    setTimeout: (callback: () => void, ms?: number) => {
      const handle: NodeJS.Timeout = nodeTimers.setTimeout(() => {
        live.delete(+handle);
        callback();
      }, ms);
      live.set(+handle, handle);
      return handle;
    },
    clearInterval: (handle: NodeJS.Timeout | undefined) => {
      if (handle) live.delete(+handle);
      nodeTimers.clearInterval(handle);
    },
    clearTimeout: (handle: NodeJS.Timeout | undefined) => {
      if (handle) live.delete(+handle);
      nodeTimers.clearTimeout(handle);
    },
  };
  cleanups.push(() => {
    for (const handle of live.values()) nodeTimers.clearInterval(handle);
  });
  return { globals, live: () => live.size };
}

/** Counts the listeners a real event target holds, keyed as the DOM keys them (type, function, capture). */
function trackListeners(target: TestEventTarget) {
  const live = new Set<string>();
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const ids = new Map<object, number>();
  const keyOf = (type: string, listener: object, options: unknown) => {
    if (!ids.has(listener)) ids.set(listener, ids.size);
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
    return `${type}:${ids.get(listener)}:${capture}`;
  };
  Object.assign(target, {
    addEventListener(type: string, listener: object, options?: unknown) {
      live.add(keyOf(type, listener, options));
      add(type, listener, options);
    },
    removeEventListener(type: string, listener: object, options?: unknown) {
      live.delete(keyOf(type, listener, options));
      remove(type, listener, options);
    },
  });
  cleanups.push(() => Object.assign(target, { addEventListener: add, removeEventListener: remove }));
  return { live: () => live.size };
}

describe('Vue Options API, observed at run time', () => {
  it('timer-cleanup: the interval and the timeout of mounted() are cleared on unmount only with the fix', () => {
    // Node's own count of the timers that keep the event loop alive: the proof that `clearInterval` really ran.
    const nodeTimerCount = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    const afterUnmount = (file: string) => {
      const timers = createTimerTracker();
      const { default: component } = loadFixture(`timer-cleanup/${file}`, timers.globals);
      const app = createQuietApp(component);
      const baseline = nodeTimerCount();
      app.mount(dom.document.createElement('div'));
      const mounted = [timers.live(), nodeTimerCount() - baseline];
      app.unmount();
      return { mounted, unmounted: [timers.live(), nodeTimerCount() - baseline] };
    };

    expect(afterUnmount('vue-options-define-component-interval.input.ts')).toEqual({ mounted: [2, 2], unmounted: [2, 2] });
    expect(afterUnmount('vue-options-define-component-interval.output.ts')).toEqual({ mounted: [2, 2], unmounted: [0, 0] });
  });

  it('listener-cleanup: window listeners (a method, a hoisted arrow), an observer and a socket end on unmount only with the fix', () => {
    const afterUnmount = (file: string) => {
      const windowListeners = trackListeners(dom.window);
      let observers = 0;
      let sockets = 0;
      class FakeResizeObserver {
        constructor(readonly callback: () => void) {}
        observe(): void {
          observers++;
        }
        disconnect(): void {
          observers--;
        }
      }
      class FakeWebSocket {
        constructor(readonly url: string) {
          sockets++;
        }
        addEventListener(): void {}
        close(): void {
          sockets--;
        }
      }
      const { default: component } = loadFixture(`listener-cleanup/${file}`, { ResizeObserver: FakeResizeObserver, WebSocket: FakeWebSocket });
      const app = createQuietApp(component);
      app.mount(dom.document.createElement('div'));
      const mounted = { listeners: windowListeners.live(), observers, sockets };
      app.unmount();
      return { mounted, unmounted: { listeners: windowListeners.live(), observers, sockets } };
    };

    const live = { listeners: 2, observers: 1, sockets: 1 };
    expect(afterUnmount('vue-options-define-component-listeners-and-handles.input.ts')).toEqual({ mounted: live, unmounted: live });
    expect(afterUnmount('vue-options-define-component-listeners-and-handles.output.ts')).toEqual({ mounted: live, unmounted: { listeners: 0, observers: 0, sockets: 0 } });
  });

  it('listener-cleanup: a listener of activated() is removed when <KeepAlive> deactivates the component only with the fix', async () => {
    const afterDeactivation = async (file: string) => {
      const documentListeners = trackListeners(dom.document);
      const { default: component } = loadFixture(`listener-cleanup/${file}`);
      const shown = vue.ref(true);
      const other = { render: () => vue.h('p') };
      const app = createQuietApp({ render: () => vue.h(vue.KeepAlive, null, [shown.value ? vue.h(component) : vue.h(other)]) });
      app.mount(dom.document.createElement('div'));
      const active = documentListeners.live();
      shown.value = false;
      await vue.nextTick();
      const deactivated = documentListeners.live();
      shown.value = true;
      await vue.nextTick();
      const reactivated = documentListeners.live();
      app.unmount();
      return { active, deactivated, reactivated };
    };

    // Without the fix every activation adds one more listener (the method is the same function, so the DOM keeps one).
    expect(await afterDeactivation('vue-options-activated-listener.input.vue')).toEqual({ active: 1, deactivated: 1, reactivated: 1 });
    expect(await afterDeactivation('vue-options-activated-listener.output.vue')).toEqual({ active: 1, deactivated: 0, reactivated: 1 });
  });
});
