/**
 * From the records of a session to the list of leaks: what is still alive, minus what the
 * options ignore, each with its kind, a one-line description and the creation stack.
 */
import { describeResource, getKind, getOwner, type ResourceKind } from '../resource-kinds';
import { findCreatorFrame, findTopUserFrame, getDisplayFrames, getFunctionDisplayName, isTestRunnerFrame, isUserFrame, type StackFrame } from '../stack';
import type { LeakedResource } from './leaked-resource';
import type { FrameMatcher, ResolvedLeakCheckOptions } from './options';
import { getActiveRequests, getRecordFrames, getRecordLiveness, type ResourceRecord, type TrackingSession } from './tracker';

export type { LeakedResource };

/** Decisions that do not change while waiting, cached per record across the retries. */
export type IgnoreCache = Map<number, boolean>;

/** The session's resources that are still alive and not ignored. */
export function findLiveLeaks(session: TrackingSession, options: ResolvedLeakCheckOptions, cache: IgnoreCache): LeakedResource[] {
  const activeRequests = getActiveRequests();
  const leaks: LeakedResource[] = [];
  for (const record of session.records.values()) {
    const liveness = getRecordLiveness(record, activeRequests);
    if (liveness === 'closed') continue;
    const frames = getRecordFrames(record);
    const kind = getKind(record.type, record.resource, frames);
    // HTTP agents unref their idle keep-alive sockets; goleak reports the equivalent
    // (persistConn goroutines), and so does this check unless told otherwise.
    if (liveness === 'unref' && !options.includeUnref && kind !== 'http-agent-socket') continue;
    let ignored = cache.get(record.asyncId);
    const leak = toLeak(record, kind, liveness === 'ref', frames, options);
    if (ignored === undefined) {
      ignored = isIgnored(leak, options);
      cache.set(record.asyncId, ignored);
    }
    if (!ignored) leaks.push(leak);
  }
  return foldDescendants(foldChildStdio(leaks), session);
}

/**
 * A leaked interval whose callback schedules more work keeps creating resources while the
 * check waits; they are listed under the leak that makes them, not as leaks of their own.
 */
function foldDescendants(leaks: LeakedResource[], session: TrackingSession): LeakedResource[] {
  const byId = new Map(leaks.map((leak) => [leak.asyncId, leak]));
  const spawned = new Map<LeakedResource, LeakedResource[]>();
  const kept = leaks.filter((leak) => {
    let root: LeakedResource | undefined;
    for (let parent = session.records.get(leak.asyncId)?.parent; parent; parent = parent.parent) {
      root = byId.get(parent.asyncId) ?? root;
    }
    if (!root) return true;
    spawned.set(root, [...(spawned.get(root) ?? []), leak]);
    return false;
  });
  for (const [root, children] of spawned) {
    const counts = new Map<string, number>();
    for (const child of children) counts.set(child.kind, (counts.get(child.kind) ?? 0) + 1);
    const summary = [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ');
    root.description += `; its callbacks keep ${children.length} more alive (${summary})`;
  }
  return kept;
}

function toLeak(record: ResourceRecord, kind: ResourceKind, refed: boolean, frames: readonly StackFrame[], options: ResolvedLeakCheckOptions): LeakedResource {
  const creation = getCreationFrames(record, frames);
  const creator = findCreatorFrame(creation.frames);
  return {
    kind,
    type: record.type,
    description: describeResource(kind, record.resource) + (refed ? '' : " (unref'd)"),
    asyncId: record.asyncId,
    refed,
    createdBy: creator ? getFunctionDisplayName(creator) : undefined,
    stack: formatCreationStack(record, creation, options.stackFrames),
    frames: creation.frames,
    resource: record.resource,
    owner: getOwner(record.resource),
  };
}

interface CreationFrames {
  frames: readonly StackFrame[];
  /** The resource or `nextTick` whose callback created this one, when its own stack has no user code. */
  via: ResourceRecord | undefined;
}

/**
 * Its own stack when that reaches user code; otherwise the stack of what led to it: the server
 * that accepted a connection, the `nextTick` in which `listen(port, host)` created its handle.
 */
function getCreationFrames(record: ResourceRecord, own: readonly StackFrame[]): CreationFrames {
  if (own.some(isUserFrame)) return { frames: own, via: undefined };
  for (let parent = record.parent; parent; parent = parent.parent) {
    const frames = getRecordFrames(parent);
    if (frames.some(isUserFrame)) return { frames, via: parent };
  }
  return { frames: own, via: undefined };
}

function formatCreationStack(record: ResourceRecord, creation: CreationFrames, max: number): string {
  const shown = getDisplayFrames(creation.frames, max).map((frame) => `at ${frame.text}`);
  if (shown.length === 0) {
    return getOwner(record.resource)?.server
      ? '(created by Node for a connection a server accepted: no user code on the creation stack)'
      : '(created by Node itself: no user code on the creation stack)';
  }
  if (!creation.via) return shown.join('\n');
  const origin = creation.via.type === 'TickObject' ? 'a process.nextTick callback' : `the ${getKind(creation.via.type, creation.via.resource, getRecordFrames(creation.via))} #${creation.via.asyncId}`;
  return [`(created by Node in ${origin}, scheduled here:)`, ...shown].join('\n');
}

function isIgnored(leak: LeakedResource, options: ResolvedLeakCheckOptions): boolean {
  if (options.ignoreTypes.has(leak.kind) || options.ignoreTypes.has(leak.type)) return true;
  if (options.defaultIgnores && isDefaultIgnored(leak.frames)) return true;
  if (options.ignoreTopFunction.length > 0) {
    const tops = [findTopUserFrame(leak.frames), findCreatorFrame(leak.frames)].filter((frame) => frame !== undefined);
    if (tops.some((frame) => options.ignoreTopFunction.some((matcher) => matchesFrame(matcher, frame)))) return true;
  }
  if (options.ignoreCreatedBy.length > 0) {
    if (leak.frames.some((frame) => options.ignoreCreatedBy.some((matcher) => matchesFrame(matcher, frame)))) return true;
  }
  return options.ignore?.(leak) === true;
}

/** `process.stdin` and friends (Node creates them lazily, on first use) and the test runner's own timers. */
function isDefaultIgnored(frames: readonly StackFrame[]): boolean {
  if (frames.some((frame) => frame.file === STDIO_BOOTSTRAP_FILE)) return true;
  const top = findTopUserFrame(frames);
  return top !== undefined && isTestRunnerFrame(top);
}

/** Where Node's lazy `process.stdout`/`stderr`/`stdin` getters live. */
const STDIO_BOOTSTRAP_FILE = 'node:internal/bootstrap/switches/is_main_thread';

export function matchesFrame(matcher: FrameMatcher, frame: StackFrame): boolean {
  if (typeof matcher !== 'string') {
    matcher.lastIndex = 0;
    return matcher.test(frame.text);
  }
  const name = frame.functionName.replace(/ \[as [^\]]+\]$/, '').replace(/^new /, '');
  return name === matcher || name.endsWith(`.${matcher}`);
}

/** A leaked child process owns its stdio pipes: report it once, not four times. */
function foldChildStdio(leaks: LeakedResource[]): LeakedResource[] {
  const pipeHandles = new Map<unknown, LeakedResource>();
  for (const leak of leaks) {
    if (leak.kind !== 'child-process') continue;
    const stdio = (leak.owner as { stdio?: unknown[] } | undefined)?.stdio ?? [];
    for (const stream of stdio) {
      const handle = (stream as { _handle?: unknown } | null)?._handle;
      if (handle) pipeHandles.set(handle, leak);
    }
  }
  if (pipeHandles.size === 0) return leaks;
  const folded = new Map<LeakedResource, number>();
  const kept = leaks.filter((leak) => {
    const child = leak.kind === 'pipe' ? pipeHandles.get(leak.resource) : undefined;
    if (!child) return true;
    folded.set(child, (folded.get(child) ?? 0) + 1);
    return false;
  });
  for (const [child, count] of folded) child.description += ` with ${count} open stdio pipe${count === 1 ? '' : 's'}`;
  return kept;
}

/** Resources that were open before the check started (only with `ignoreCurrent: false`). */
export function findPreexistingLeaks(session: TrackingSession, options: ResolvedLeakCheckOptions, before: ReadonlySet<unknown>): LeakedResource[] {
  const getHandles = (process as unknown as { _getActiveHandles?: () => object[] })._getActiveHandles;
  if (typeof getHandles !== 'function') return [];
  const tracked = new Set<unknown>();
  for (const record of session.records.values()) {
    tracked.add(record.resource);
    const owner = getOwner(record.resource);
    if (owner) tracked.add(owner);
  }
  const leaks: LeakedResource[] = [];
  for (const handle of getHandles.call(process)) {
    if (!before.has(handle) || tracked.has(handle)) continue;
    if (options.defaultIgnores && isRunnerChannel(handle)) continue;
    const leak: LeakedResource = {
      kind: 'unknown',
      type: handle.constructor?.name ?? 'handle',
      description: `${handle.constructor?.name ?? 'handle'} that was already open before the check started`,
      asyncId: -1,
      refed: true,
      createdBy: undefined,
      stack: '(created before the check started: no creation stack)',
      frames: [],
      resource: handle,
      owner: handle,
    };
    if (options.ignoreTypes.has(leak.type) || options.ignore?.(leak) === true) continue;
    leaks.push(leak);
  }
  return leaks;
}

/** Snapshot of the open handles, for `ignoreCurrent: false`. */
export function snapshotHandles(): ReadonlySet<unknown> {
  const getHandles = (process as unknown as { _getActiveHandles?: () => object[] })._getActiveHandles;
  return new Set(typeof getHandles === 'function' ? getHandles.call(process) : []);
}

/** stdio, the IPC channel to a parent process, a worker's port to its parent. */
function isRunnerChannel(handle: object): boolean {
  const record = handle as { fd?: unknown; _handle?: { fd?: unknown } | null };
  const fd = record._handle?.fd ?? record.fd;
  if (fd === 0 || fd === 1 || fd === 2) return true;
  const channel = (process as unknown as { channel?: unknown }).channel;
  if (channel !== undefined && (handle === channel || record._handle === channel)) return true;
  return handle.constructor?.name === 'MessagePort';
}
