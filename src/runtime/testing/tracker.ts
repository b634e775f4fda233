/**
 * Records every tracked resource (timer, socket, server, watcher, child process, ...) created
 * while at least one tracking session is open, with a lazily formatted creation stack.
 *
 * One `async_hooks` init hook per thread, shared by all sessions, enabled only while a session
 * is open. It has no destroy hook on purpose: a destroy hook makes Node track every promise
 * through a weak callback (its slow promise-hook path); liveness is read from the resources
 * themselves instead (see resource-kinds.ts), and closed records are swept in batches.
 *
 * Attribution: `verifyNoLeaks` and the vitest per-test check run their code inside an
 * `AsyncLocalStorage` scope, so a resource knows which check it was created under, even in
 * callbacks of timers and sockets created earlier. A resource created under a check that has
 * already ended (a leaked interval still firing during the next test) belongs to no one: the
 * next test is not blamed for it. Resources created outside any scope go to every open session.
 *
 * Pending work: besides resources, a session notes the work its code started that may create
 * resources later: `process.nextTick` callbacks (`server.listen(port, host)` creates the
 * server's handle in one) and requests in flight (fs, connect, write; DNS lookups are tracked
 * resources already). The check lets that work run before it concludes that nothing leaked
 * (see `takePendingWork`), so a resource made after the code under test returned is still its.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import asyncHooks from 'node:async_hooks';
import { captureStack, readCapturedFrames, type CapturedStack, type StackFrame } from '../stack';
import { getLiveness, isTrackedType, type LivenessState } from '../resource-kinds';

export interface ResourceRecord {
  asyncId: number;
  /** The `async_hooks` type: `Timeout`, `TCPWRAP`, `PROCESSWRAP`, ... */
  type: string;
  triggerAsyncId: number;
  resource: object;
  captured: CapturedStack;
  /** The tracked resource in whose callback this one was created (a server, for an accepted socket). */
  parent: ResourceRecord | undefined;
  /** Parsed on demand. */
  frames?: StackFrame[];
}

export interface SessionOptions {
  stackTraceLimit: number;
  /** Run the session's code inside its own async scope (see the header). */
  scoped: boolean;
}

export class TrackingSession {
  readonly records = new Map<number, ResourceRecord>();
  active = true;
  /** The scope this session was started in (nested checks). */
  readonly parent: TrackingSession | undefined;
  addedSinceSweep = 0;
  /** `process.nextTick` callbacks queued for this session since the last `takePendingWork()`. */
  ticksSinceLook = 0;
  /** Requests this session's code started (fs, connect, write), until they are seen finished. */
  readonly pendingRequests = new Map<number, object>();
  private requestSweepAt = SWEEP_EVERY;

  constructor(readonly options: SessionOptions) {
    this.parent = scopeStorage.getStore();
  }

  /** Runs `fn` inside this session's scope. */
  run<T>(fn: () => T): T {
    return this.options.scoped ? scopeStorage.run(this, fn) : fn();
  }

  /**
   * Stops recording. The records stay readable. What is still alive becomes an orphan: what its
   * callbacks create later is not blamed on the next session.
   */
  stop(): void {
    if (!this.active) return;
    this.active = false;
    const activeRequests = getActiveRequests();
    for (const record of this.records.values()) {
      if (getRecordLiveness(record, activeRequests) !== 'closed') addOrphan(record.asyncId);
    }
    // Work still in flight (settleMs ran out): what its callback creates is not the next session's.
    for (const [asyncId, resource] of this.pendingRequests) {
      if (activeRequests.has(resource)) addOrphan(asyncId);
    }
    this.pendingRequests.clear();
    sessions.delete(this);
    if (this.options.scoped) {
      scopedSessionCount--;
      if (scopedSessionCount === 0) scopeStorage.disable();
    }
    if (sessions.size === 0) {
      hook.disable();
      recentTicks.clear();
    }
  }

  add(record: ResourceRecord): void {
    this.records.set(record.asyncId, record);
    if (++this.addedSinceSweep >= SWEEP_EVERY) {
      this.addedSinceSweep = 0;
      this.sweep();
    }
  }

  /** Forgets records that are closed; keeps memory flat for code that creates many short-lived timers. */
  sweep(): void {
    const activeRequests = getActiveRequests();
    for (const [asyncId, record] of this.records) {
      if (getRecordLiveness(record, activeRequests) === 'closed') this.records.delete(asyncId);
    }
  }

  addPendingRequest(asyncId: number, resource: object): void {
    this.pendingRequests.set(asyncId, resource);
    if (this.pendingRequests.size >= this.requestSweepAt) {
      this.sweepRequests(getActiveRequests());
      // Many requests really in flight: sweep less often rather than on every new one.
      this.requestSweepAt = Math.max(SWEEP_EVERY, this.pendingRequests.size * 2);
    }
  }

  /**
   * The work this session's code started that may still create resources: `nextTick`
   * callbacks queued since the last call (the next event-loop turn runs them, and every tick
   * and microtask they queue), and requests still in flight. Resets the tick count: call it
   * once per look, and let the event loop turn before the next one.
   */
  takePendingWork(): { ticks: number; requests: number } {
    const ticks = this.ticksSinceLook;
    this.ticksSinceLook = 0;
    this.sweepRequests(getActiveRequests());
    return { ticks, requests: this.pendingRequests.size };
  }

  /** Forgets the finished requests: Node takes a request off its active list once its callback has run. */
  private sweepRequests(activeRequests: ReadonlySet<unknown>): void {
    for (const [asyncId, resource] of this.pendingRequests) {
      if (!activeRequests.has(resource)) this.pendingRequests.delete(asyncId);
    }
  }
}

const SWEEP_EVERY = 1024;

const scopeStorage = new AsyncLocalStorage<TrackingSession>();
const sessions = new Set<TrackingSession>();
let scopedSessionCount = 0;
let stackTraceLimit = 0;
/** >0 while the runtime creates its own timers (the back-off sleeps), which are never recorded. */
let suppressDepth = 0;

const hook = asyncHooks.createHook({ init: onInit });

/**
 * Recent `process.nextTick` callbacks with the stack that scheduled them. Node creates some
 * handles in a tick rather than in the caller's frame: `server.listen(port, host)` looks the
 * host up first and creates the server's handle in `doListen`; the tick links that handle
 * back to the code that called `listen`. Capturing a stack costs several microseconds, and
 * streams schedule ticks constantly, so only ticks whose callback is one of these Node
 * functions are captured.
 */
const recentTicks = new Map<number, ResourceRecord>();
const RECENT_TICKS = 64;
const TICK_STACK_LIMIT = 16;
const HANDLE_CREATING_TICKS = new Set(['doListen']);

/**
 * Requests whose callback may create resources, followed until Node takes them off its list
 * of active requests. (DNS requests are tracked resources; promises and crypto jobs are not
 * requests Node lists, see the limits in docs/testing.md.)
 */
const PENDING_REQUEST_TYPES = new Set([
  'FSREQCALLBACK',
  'FSREQPROMISE',
  'FILEHANDLECLOSEREQ',
  'TCPCONNECTWRAP',
  'PIPECONNECTWRAP',
  'SHUTDOWNWRAP',
  'WRITEWRAP',
  'UDPSENDWRAP',
]);

function onInit(asyncId: number, type: string, triggerAsyncId: number, resource: object): void {
  if (suppressDepth > 0) return;
  if (type === 'TickObject') {
    const callback = (resource as { callback?: { name?: string } }).callback;
    if (callback && HANDLE_CREATING_TICKS.has(callback.name!)) rememberTick(asyncId, triggerAsyncId, resource);
    notePendingWork(asyncId, triggerAsyncId, countTick);
    return;
  }
  if (PENDING_REQUEST_TYPES.has(type)) {
    notePendingWork(asyncId, triggerAsyncId, (session) => session.addPendingRequest(asyncId, resource));
    return;
  }
  if (!isTrackedType(type)) return;
  const scope = resolveScope(asyncId, triggerAsyncId);
  if (scope === null) return;
  const record: ResourceRecord = {
    asyncId,
    type,
    triggerAsyncId,
    resource,
    captured: captureStack(stackTraceLimit, onInit),
    parent: undefined,
  };
  record.parent = recentTicks.get(triggerAsyncId);
  for (const session of sessions) {
    if (!record.parent) record.parent = session.records.get(triggerAsyncId);
    // A scoped session takes its own scope's resources and unscoped ones; a concurrent
    // sibling's resources are not its business.
    if (scope && session.options.scoped && !isInScope(scope, session)) continue;
    session.add(record);
  }
}

/**
 * The scoped session a new resource or piece of work belongs to (`undefined`: no scope, every
 * unscoped session), or `null` when it is nobody's: made in an ended session's scope, or by an
 * orphan (then it is an orphan too, so what it creates in turn stays nobody's).
 */
function resolveScope(asyncId: number, triggerAsyncId: number): TrackingSession | undefined | null {
  const scope = scopedSessionCount > 0 ? scopeStorage.getStore() : undefined;
  // The scope travels with the callbacks; no need to remember descendants.
  if (scope) return hasEndedSession(scope) ? null : scope;
  if (!isOrphan(triggerAsyncId)) return undefined;
  addOrphan(asyncId);
  return null;
}

function countTick(session: TrackingSession): void {
  session.ticksSinceLook++;
}

/**
 * Hands pending work to the sessions it belongs to, by the same rules as resources. Work an
 * orphan started is an orphan too, so that what it creates in turn (a request chain, a tick)
 * stays nobody's.
 */
function notePendingWork(asyncId: number, triggerAsyncId: number, note: (session: TrackingSession) => void): void {
  const scope = resolveScope(asyncId, triggerAsyncId);
  if (scope === null) return;
  for (const session of sessions) {
    if (scope && session.options.scoped && !isInScope(scope, session)) continue;
    note(session);
  }
}

/**
 * Resources that outlived their session, and what their callbacks created. Needed where no
 * async scope tells (the jest per-test check): a leaked interval firing during the next test
 * must not make that test fail.
 */
const orphanIds = new Set<number>();
const MAX_ORPHANS = 10_000;

/** Whether an id is an orphan; one that is still creating things is kept as the most recent (the set is bounded). */
function isOrphan(asyncId: number): boolean {
  if (!orphanIds.has(asyncId)) return false;
  orphanIds.delete(asyncId);
  orphanIds.add(asyncId);
  return true;
}

function addOrphan(asyncId: number): void {
  if (orphanIds.size >= MAX_ORPHANS) orphanIds.delete(orphanIds.values().next().value!);
  orphanIds.add(asyncId);
}

function rememberTick(asyncId: number, triggerAsyncId: number, resource: object): void {
  if (recentTicks.size >= RECENT_TICKS) recentTicks.delete(recentTicks.keys().next().value!);
  recentTicks.set(asyncId, {
    asyncId,
    type: 'TickObject',
    triggerAsyncId,
    resource,
    captured: captureStack(TICK_STACK_LIMIT, onInit),
    parent: undefined,
  });
}

function hasEndedSession(scope: TrackingSession): boolean {
  for (let current: TrackingSession | undefined = scope; current; current = current.parent) {
    if (!current.active) return true;
  }
  return false;
}

function isInScope(scope: TrackingSession, session: TrackingSession): boolean {
  for (let current: TrackingSession | undefined = scope; current; current = current.parent) {
    if (current === session) return true;
  }
  return false;
}

/** Opens a session; the init hook is enabled from now until the last session stops. */
export function startSession(options: SessionOptions): TrackingSession {
  const session = new TrackingSession(options);
  sessions.add(session);
  if (options.scoped) scopedSessionCount++;
  stackTraceLimit = Math.max(...[...sessions].map((s) => s.options.stackTraceLimit));
  hook.enable();
  return session;
}

/** Runs `fn` (which creates the runtime's own timers) without recording what it creates. */
export function untracked<T>(fn: () => T): T {
  suppressDepth++;
  try {
    return fn();
  } finally {
    suppressDepth--;
  }
}

/** In-flight libuv requests (DNS lookups): the way to tell a finished request without a destroy hook. */
export function getActiveRequests(): ReadonlySet<unknown> {
  const get = (process as unknown as { _getActiveRequests?: () => unknown[] })._getActiveRequests;
  return new Set(typeof get === 'function' ? get.call(process) : []);
}

export function getRecordLiveness(record: ResourceRecord, activeRequests: ReadonlySet<unknown>): LivenessState {
  const liveness = getLiveness(record.type, record.resource);
  if (liveness !== 'closed' && isRequestType(record.type) && !activeRequests.has(record.resource)) return 'closed';
  return liveness;
}

function isRequestType(type: string): boolean {
  return type.endsWith('REQWRAP') || type === 'QUERYWRAP';
}

export function getRecordFrames(record: ResourceRecord): StackFrame[] {
  if (!record.frames) record.frames = readCapturedFrames(record.captured);
  return record.frames;
}
