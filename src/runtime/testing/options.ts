/**
 * The options of the leak check, with their defaults, in goleak's spirit: ignore by type, by a
 * function in the creation stack, everything that existed before the check, or by a predicate.
 */
import { DEFAULT_STACK_TRACE_LIMIT } from '../stack';
import type { LeakedResource } from './leaked-resource';

/** A function name (`startPolling`, `Poller.start`) or a pattern tested against each frame (`fn (file:line:col)`). */
export type FrameMatcher = string | RegExp;

export interface LeakCheckOptions {
  /** How long to wait for resources to close before calling them leaks (ms). Default 500. */
  timeoutMs?: number;
  /**
   * How long to let work the code started and did not await run before concluding that nothing
   * leaked (ms): `process.nextTick` callbacks and requests in flight (fs, connect, write) may
   * still create a resource, as `server.listen(port, host)` does. Ticks run within one
   * event-loop turn; a request is waited for until Node reports it finished, at most this
   * long. Default: `timeoutMs`.
   */
  settleMs?: number;
  /** The longest pause between two looks while waiting (ms). After a few event-loop turns, pauses start at 1 ms and double. Default 100. */
  maxRetryDelayMs?: number;
  /**
   * Also report resources that were `unref()`ed (they do not keep the process alive). Default
   * `false`: like the unleak rules, an `unref()` says "lives as long as the process, on purpose".
   * HTTP agent sockets are reported either way (see the docs).
   */
  includeUnref?: boolean;
  /** Resource types to ignore: kinds (`interval`, `tcp-server`, `http-agent-socket`, ...) or `async_hooks` types (`Timeout`, `TCPWRAP`). */
  ignoreTypes?: readonly string[];
  /** Ignore resources created directly by these functions: the innermost frame of user code (goleak's IgnoreTopFunction). */
  ignoreTopFunction?: FrameMatcher | readonly FrameMatcher[];
  /** Ignore resources with one of these functions anywhere in their creation stack (goleak's IgnoreAnyFunction/IgnoreCreatedBy). */
  ignoreCreatedBy?: FrameMatcher | readonly FrameMatcher[];
  /**
   * Ignore what was alive before the check started. Default `true`. With `false` the check also
   * fails on older handles that are still open (sockets, servers, child processes, watchers and
   * ref'd timers), which have no creation stack.
   */
  ignoreCurrent?: boolean;
  /** Return `true` to ignore a resource. */
  ignore?: (leak: LeakedResource) => boolean;
  /**
   * Ignore known-noisy handles: `process.stdin`/`stdout`/`stderr`, the IPC channel and
   * worker port of the test runner, and resources created directly by test-runner code
   * (vitest, jest, tinypool). Default `true`.
   */
  defaultIgnores?: boolean;
  /** Frames captured per resource. Default 40. */
  stackTraceLimit?: number;
  /** Frames of user code printed per leak in the error message. Default 8. */
  stackFrames?: number;
}

export interface ResolvedLeakCheckOptions {
  timeoutMs: number;
  settleMs: number;
  maxRetryDelayMs: number;
  includeUnref: boolean;
  ignoreTypes: ReadonlySet<string>;
  ignoreTopFunction: readonly FrameMatcher[];
  ignoreCreatedBy: readonly FrameMatcher[];
  ignoreCurrent: boolean;
  ignore: ((leak: LeakedResource) => boolean) | undefined;
  defaultIgnores: boolean;
  stackTraceLimit: number;
  stackFrames: number;
}

export const DEFAULT_TIMEOUT_MS = 500;

export function resolveLeakCheckOptions(options: LeakCheckOptions = {}): ResolvedLeakCheckOptions {
  const timeoutMs = nonNegative(options.timeoutMs, DEFAULT_TIMEOUT_MS, 'timeoutMs');
  return {
    timeoutMs,
    settleMs: nonNegative(options.settleMs, timeoutMs, 'settleMs'),
    maxRetryDelayMs: nonNegative(options.maxRetryDelayMs, 100, 'maxRetryDelayMs'),
    includeUnref: options.includeUnref === true,
    ignoreTypes: new Set(options.ignoreTypes ?? []),
    ignoreTopFunction: toArray(options.ignoreTopFunction),
    ignoreCreatedBy: toArray(options.ignoreCreatedBy),
    ignoreCurrent: options.ignoreCurrent !== false,
    ignore: options.ignore,
    defaultIgnores: options.defaultIgnores !== false,
    stackTraceLimit: Math.max(1, Math.floor(nonNegative(options.stackTraceLimit, DEFAULT_STACK_TRACE_LIMIT, 'stackTraceLimit'))),
    stackFrames: Math.floor(nonNegative(options.stackFrames, 8, 'stackFrames')),
  };
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0)) throw new TypeError(`unleak: option ${name} must be a number >= 0, got ${String(value)}`);
  return value;
}

function toArray(value: FrameMatcher | readonly FrameMatcher[] | undefined): readonly FrameMatcher[] {
  if (value === undefined) return [];
  return typeof value === 'string' || value instanceof RegExp ? [value] : value;
}
