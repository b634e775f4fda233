/**
 * `verifyNoLeaks(fn)`: run `fn`, give what it opened a moment to close (retrying with
 * back-off, like goleak), then fail with every resource that is still alive.
 */
import { findLiveLeaks, findPreexistingLeaks, snapshotHandles, type IgnoreCache, type LeakedResource } from './leak';
import { LeakError } from './leak-error';
import { resolveLeakCheckOptions, type LeakCheckOptions, type ResolvedLeakCheckOptions } from './options';
import { startSession, untracked, type TrackingSession } from './tracker';

export interface LeakCheck {
  /** Runs `fn` inside the check's async scope, so what it creates (also later, in its callbacks) is attributed to this check. */
  run<T>(fn: () => T): T;
  /**
   * Waits up to `timeoutMs` for the resources to close, then stops recording and returns the
   * ones still alive (nothing is thrown).
   */
  finish(): Promise<LeakedResource[]>;
  /** Stops recording without checking. */
  stop(): void;
  readonly options: ResolvedLeakCheckOptions;
}

export interface StartLeakCheckOptions extends LeakCheckOptions {
  /** Attribute only what runs inside `run()` (and what it schedules) plus unscoped resources. Default true. */
  scoped?: boolean;
}

/** Starts recording resources now. The lower-level form of `verifyNoLeaks`. */
export function startLeakCheck(options: StartLeakCheckOptions = {}): LeakCheck {
  const resolved = resolveLeakCheckOptions(options);
  const before = resolved.ignoreCurrent ? undefined : snapshotHandles();
  const session = startSession({ stackTraceLimit: resolved.stackTraceLimit, scoped: options.scoped !== false });
  return {
    options: resolved,
    run: (fn) => session.run(fn),
    finish: async () => {
      try {
        const leaks = await waitForLeaks(session, resolved);
        return before ? [...leaks, ...findPreexistingLeaks(session, resolved, before)] : leaks;
      } finally {
        session.stop();
      }
    },
    stop: () => session.stop(),
  };
}

/**
 * Runs `fn` (sync or async) and resolves to its result when nothing it created is left alive;
 * otherwise rejects with a `LeakError` listing each leaked resource and its creation stack.
 * If `fn` throws, that error is rethrown unchanged and no leak check is made.
 */
export async function verifyNoLeaks<T>(fn: () => T | PromiseLike<T>, options: LeakCheckOptions = {}): Promise<Awaited<T>> {
  const callSite = captureCallSite();
  const check = startLeakCheck(options);
  let result: Awaited<T>;
  try {
    result = await check.run(fn);
  } catch (error) {
    check.stop();
    throw error;
  }
  const leaks = await check.finish();
  if (leaks.length > 0) throw new LeakError(leaks, { during: 'during verifyNoLeaks()', waitedMs: check.options.timeoutMs, callSite: formatCallSite(callSite) });
  return result;
}

/** Like `verifyNoLeaks`, but resolves to the list of leaks instead of throwing (an empty list when clean). */
export async function findLeaks(fn: () => unknown, options: LeakCheckOptions = {}): Promise<LeakedResource[]> {
  const check = startLeakCheck(options);
  try {
    await check.run(fn);
  } catch (error) {
    check.stop();
    throw error;
  }
  return check.finish();
}

/**
 * Pauses of one event-loop turn before the timed ones: a socket closing on the other side
 * needs a poll or two, a handle being closed needs the close phase of the loop.
 */
const TURNS_BEFORE_TIMED_PAUSES = 4;

/**
 * Looks, and looks again with growing pauses (a few event-loop turns, then 1, 2, 4 ... up to
 * maxRetryDelayMs), until nothing is alive or time is up.
 *
 * "Nothing is alive" counts only once the work the code started has run: a promise
 * continuation, a `nextTick` callback or a request in flight may still create a resource
 * (`listen(port, host)` not awaited creates the server's handle in a tick). While nothing is
 * alive yet, the check turns the event loop until the queued continuations and ticks have
 * run (always: that takes a turn or a few, whatever the options) and the requests have
 * finished (for at most `settleMs`).
 */
async function waitForLeaks(session: TrackingSession, options: ResolvedLeakCheckOptions): Promise<LeakedResource[]> {
  const cache: IgnoreCache = new Map();
  const start = performance.now();
  const leakDeadline = start + options.timeoutMs;
  const settleDeadline = start + options.settleMs;
  let delay = 1;
  // The first look comes after one event-loop turn, which runs every promise continuation
  // and tick the code left queued: an unawaited async function may create its resource
  // several awaits after the code returned.
  await sleep(0);
  for (let look = 0; ; look++) {
    const leaks = findLiveLeaks(session, options, cache);
    const pending = session.takePendingWork();
    const now = performance.now();
    if (leaks.length > 0) {
      // A handle closed just now is closing until the loop's close phase: the first turns are
      // always taken, however long they took (a busy machine) and whatever timeoutMs says.
      if (now >= leakDeadline && look >= TURNS_BEFORE_TIMED_PAUSES) return leaks;
    } else if (!isSettling(pending, look, now < settleDeadline)) {
      return leaks;
    }
    const remaining = Math.max((leaks.length > 0 ? leakDeadline : settleDeadline) - now, 0);
    if (look < TURNS_BEFORE_TIMED_PAUSES) {
      await sleep(0);
    } else {
      await sleep(Math.min(delay, remaining));
      delay = Math.min(delay * 2, options.maxRetryDelayMs);
    }
  }
}

/**
 * Whether to look again although nothing is alive. Ticks get their turns even past
 * `settleMs` (one turn runs them all), but not forever: code that queues a tick on every
 * turn (a flowing stream) would never let the check end.
 */
function isSettling(pending: { ticks: number; requests: number }, look: number, withinSettleTime: boolean): boolean {
  if (withinSettleTime) return pending.ticks > 0 || pending.requests > 0;
  return pending.ticks > 0 && look < TURNS_BEFORE_TIMED_PAUSES;
}

/** The runtime's own pauses are not the code under test's resources. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    // The first pause is one turn of the event loop: enough for close callbacks to run.
    untracked(() => (ms <= 0 ? setImmediate(resolve) : setTimeout(resolve, ms)));
  });
}

/** The caller's frames, so a test runner points at the `verifyNoLeaks` call in the test; formatted only on failure. */
function captureCallSite(): { stack?: string } {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, verifyNoLeaks);
  return holder;
}

function formatCallSite(holder: { stack?: string }): string | undefined {
  return holder.stack?.split('\n').slice(1).join('\n') || undefined;
}
