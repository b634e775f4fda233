/**
 * The acquire/release table: every resource unleak knows, how it is acquired and how it is
 * released. `timer-cleanup` and `listener-cleanup` are thin over this data; a new resource is a
 * new row, not new code in a rule.
 *
 * A row says what the acquisition looks like (a global function such as `setInterval`, a
 * method such as `addEventListener`, a constructor such as `ResizeObserver`, a module function
 * such as `fs.watch`), how the release is written (a function taking the handle, a method on
 * the handle, a method on the same target with the same arguments, calling the handle), and
 * the name a captured handle gets.
 */

export type ResourceFamily = 'timer' | 'listener';

export type AcquireSpec =
  /** `setInterval(fn, ms)`, also `window.`/`globalThis.`/`self.` prefixed and from `modules` (`node:timers`). */
  | { type: 'global-function'; name: string; modules: readonly string[] }
  /** `target.addEventListener(type, fn)`: a method call on any object. */
  | { type: 'method'; names: readonly string[] }
  /** `new ResizeObserver(cb)`: a global constructor. */
  | { type: 'constructor'; names: readonly string[] }
  /** `fs.watch(path)`, `chokidar.watch(path)`: a function of a module. */
  | { type: 'module-function'; modules: readonly string[]; name: string };

export type ReleaseSpec =
  /** `clearInterval(handle)`: a global function (or from `modules`) taking the handle. */
  | { type: 'function-with-handle'; names: readonly string[]; modules: readonly string[] }
  /** `observer.disconnect()`, `socket.close()`: a method of the handle. */
  | { type: 'handle-method'; names: readonly string[] }
  /** `sub.unsubscribe()` or `unsubscribe()`: a method of the handle, or the handle is itself the release function. */
  | { type: 'handle-method-or-call'; names: readonly string[] }
  /**
   * `target.removeEventListener(type, fn, capture)`: a method of the same target with the
   * same leading arguments (`matchArguments` of them; the capture flag for DOM listeners).
   */
  | { type: 'same-target-method'; names: readonly string[]; matchArguments: number; matchCapture: boolean }
  /** `fs.unwatchFile(path, listener)`: a function of the same module with the same arguments. */
  | { type: 'module-function-same-arguments'; modules: readonly string[]; name: string; matchArguments: number };

export interface ResourceKind {
  /** Stable id (`interval`, `event-listener`, ...). */
  id: string;
  family: ResourceFamily;
  acquire: AcquireSpec;
  release: ReleaseSpec;
  /** Base name of a captured handle (`intervalId`, `observer`); made unique where it is declared. */
  handleName: string;
  /** Runs again and again until released (an interval); one-shot otherwise. */
  repeating: boolean;
  /**
   * The release function accepts `undefined` (`clearInterval(undefined)` is a no-op and types
   * allow it); otherwise a possibly-unset handle is guarded before the release.
   */
  releaseAcceptsUndefined: boolean;
  /**
   * TypeScript type of a handle stored in a field or an outer `let`, as a template where
   * `$callee` is the acquiring function's reference (`ReturnType<typeof $callee>`).
   */
  handleType: string;
}

const TIMER_MODULES = ['timers'] as const;

/** Timers: released by passing the handle to the matching clear function. */
export const TIMER_RESOURCES: readonly ResourceKind[] = [
  {
    id: 'interval',
    family: 'timer',
    acquire: { type: 'global-function', name: 'setInterval', modules: TIMER_MODULES },
    // `clearTimeout` and `clearInterval` share one pool of ids in browsers and in Node.
    release: { type: 'function-with-handle', names: ['clearInterval', 'clearTimeout'], modules: TIMER_MODULES },
    handleName: 'intervalId',
    repeating: true,
    releaseAcceptsUndefined: true,
    handleType: 'ReturnType<typeof $callee>',
  },
  {
    id: 'timeout',
    family: 'timer',
    acquire: { type: 'global-function', name: 'setTimeout', modules: TIMER_MODULES },
    release: { type: 'function-with-handle', names: ['clearTimeout', 'clearInterval'], modules: TIMER_MODULES },
    handleName: 'timeoutId',
    repeating: false,
    releaseAcceptsUndefined: true,
    handleType: 'ReturnType<typeof $callee>',
  },
  {
    id: 'animation-frame',
    family: 'timer',
    acquire: { type: 'global-function', name: 'requestAnimationFrame', modules: [] },
    release: { type: 'function-with-handle', names: ['cancelAnimationFrame'], modules: [] },
    handleName: 'frameId',
    repeating: false,
    releaseAcceptsUndefined: false,
    handleType: 'number',
  },
  {
    id: 'idle-callback',
    family: 'timer',
    acquire: { type: 'global-function', name: 'requestIdleCallback', modules: [] },
    release: { type: 'function-with-handle', names: ['cancelIdleCallback'], modules: [] },
    handleName: 'idleCallbackId',
    repeating: false,
    releaseAcceptsUndefined: false,
    handleType: 'number',
  },
];

/**
 * The methods that register a Node `EventEmitter` listener, `once` and the prepend forms
 * included: for analyses that look at where a handler is registered, not only at the leaks the
 * table above describes.
 */
export const EMITTER_REGISTER_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/** {@link EMITTER_REGISTER_METHODS} and the DOM's `addEventListener`. */
export const LISTENER_REGISTER_METHODS: ReadonlySet<string> = new Set([...EMITTER_REGISTER_METHODS, 'addEventListener']);

/** Subscriptions, observers, watchers and connections (docs/catalog.md, listener-cleanup). */
export const LISTENER_RESOURCES: readonly ResourceKind[] = [
  {
    id: 'event-listener',
    family: 'listener',
    acquire: { type: 'method', names: ['addEventListener'] },
    release: { type: 'same-target-method', names: ['removeEventListener'], matchArguments: 2, matchCapture: true },
    handleName: 'handler',
    repeating: true,
    releaseAcceptsUndefined: false,
    handleType: '',
  },
  {
    id: 'emitter-listener',
    family: 'listener',
    acquire: { type: 'method', names: ['on', 'addListener', 'prependListener'] },
    release: { type: 'same-target-method', names: ['off', 'removeListener'], matchArguments: 2, matchCapture: false },
    handleName: 'handler',
    repeating: true,
    releaseAcceptsUndefined: false,
    handleType: '',
  },
  {
    id: 'subscription',
    family: 'listener',
    acquire: { type: 'method', names: ['subscribe'] },
    // `dispose()`: the Disposable of RxJS 4 / rx-lite and Knockout's subscription (the fix writes it where the file shows the handle is one: transforms/listener-cleanup/subscription-release.ts).
    release: { type: 'handle-method-or-call', names: ['unsubscribe', 'dispose'] },
    handleName: 'subscription',
    repeating: true,
    releaseAcceptsUndefined: false,
    handleType: '{ unsubscribe: () => void }',
  },
  {
    id: 'observer',
    family: 'listener',
    acquire: {
      type: 'constructor',
      names: ['MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'PerformanceObserver'],
    },
    release: { type: 'handle-method', names: ['disconnect'] },
    handleName: 'observer',
    repeating: true,
    releaseAcceptsUndefined: false,
    handleType: '$callee',
  },
  {
    id: 'fs-watcher',
    family: 'listener',
    acquire: { type: 'module-function', modules: ['fs', 'chokidar'], name: 'watch' },
    release: { type: 'handle-method', names: ['close'] },
    handleName: 'watcher',
    repeating: true,
    releaseAcceptsUndefined: false,
    handleType: 'ReturnType<typeof $callee>',
  },
  {
    id: 'fs-watch-file',
    family: 'listener',
    acquire: { type: 'module-function', modules: ['fs'], name: 'watchFile' },
    release: { type: 'module-function-same-arguments', modules: ['fs'], name: 'unwatchFile', matchArguments: 2 },
    handleName: 'listener',
    repeating: true,
    releaseAcceptsUndefined: false,
    handleType: '',
  },
  {
    id: 'connection',
    family: 'listener',
    acquire: { type: 'constructor', names: ['WebSocket', 'EventSource', 'BroadcastChannel'] },
    release: { type: 'handle-method', names: ['close'] },
    handleName: 'connection',
    repeating: true,
    releaseAcceptsUndefined: false,
    handleType: '$callee',
  },
  {
    id: 'worker',
    family: 'listener',
    acquire: { type: 'constructor', names: ['Worker'] },
    release: { type: 'handle-method', names: ['terminate'] },
    handleName: 'worker',
    repeating: true,
    releaseAcceptsUndefined: false,
    handleType: '$callee',
  },
  {
    id: 'abort-controller',
    family: 'listener',
    acquire: { type: 'constructor', names: ['AbortController'] },
    release: { type: 'handle-method', names: ['abort'] },
    handleName: 'controller',
    repeating: false,
    releaseAcceptsUndefined: false,
    handleType: '$callee',
  },
  {
    id: 'media-query-listener',
    family: 'listener',
    // `mql.addListener(fn)` on a `matchMedia(...)` result; the rule checks the target.
    acquire: { type: 'method', names: ['addListener'] },
    release: { type: 'same-target-method', names: ['removeListener'], matchArguments: 1, matchCapture: false },
    handleName: 'handler',
    repeating: true,
    releaseAcceptsUndefined: false,
    handleType: '',
  },
];

export const RESOURCES: readonly ResourceKind[] = [...TIMER_RESOURCES, ...LISTENER_RESOURCES];

/** The timer acquired by the global function `name` (`setInterval` -> the `interval` row). */
export function getTimerResource(name: string): ResourceKind | undefined {
  return TIMER_RESOURCES.find((resource) => resource.acquire.type === 'global-function' && resource.acquire.name === name);
}
