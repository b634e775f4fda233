/**
 * What each kind of Node resource is, how to tell whether it is still alive, and how to
 * describe it in one line. One table, shared by the test-time leak check and the monitor.
 *
 * The `async_hooks` type (`TCPSERVERWRAP`) is what the init hook sees; the active name
 * (`TCPServerWrap`) is what `process.getActiveResourcesInfo()` reports.
 */
import fs from 'node:fs';

/** The user-facing names, usable in `ignoreTypes` next to the raw `async_hooks` types. */
export type ResourceKind =
  | 'timeout'
  | 'interval'
  | 'immediate'
  | 'tcp-socket'
  | 'http-agent-socket'
  | 'tcp-server'
  | 'udp-socket'
  | 'pipe'
  | 'pipe-server'
  | 'child-process'
  | 'fs-watcher'
  | 'stat-watcher'
  | 'dns'
  | 'zlib'
  | 'message-port'
  | 'worker'
  | 'file-handle'
  | 'signal'
  | 'tty';

/** How liveness is decided for a type. */
type Liveness =
  /** Node timers and immediates: `_destroyed` flips synchronously on clear and on the last run. */
  | 'timer'
  /** libuv handles: `hasRef()` is true (open, ref'd), false (open and unref'd, or closing), undefined (closed). */
  | 'handle'
  /** A zlib stream: alive while its JS owner still holds this native handle. */
  | 'zlib'
  /** `fs.promises` FileHandle: alive while its descriptor is open. */
  | 'file-handle'
  /** In-flight requests (DNS): alive until the destroy hook fires. */
  | 'request';

interface TypeInfo {
  /** Name in `process.getActiveResourcesInfo()`, when it is listed there. */
  activeName?: string;
  kind: ResourceKind;
  liveness: Liveness;
}

/** The `async_hooks` types the leak check records. Everything else (promises, ticks, fs requests, writes) is short-lived plumbing. */
export const TRACKED_TYPES: Readonly<Record<string, TypeInfo>> = {
  Timeout: { activeName: 'Timeout', kind: 'timeout', liveness: 'timer' },
  Immediate: { activeName: 'Immediate', kind: 'immediate', liveness: 'timer' },
  TCPWRAP: { activeName: 'TCPSocketWrap', kind: 'tcp-socket', liveness: 'handle' },
  TCPSERVERWRAP: { activeName: 'TCPServerWrap', kind: 'tcp-server', liveness: 'handle' },
  UDPWRAP: { activeName: 'UDPWrap', kind: 'udp-socket', liveness: 'handle' },
  PIPEWRAP: { activeName: 'PipeWrap', kind: 'pipe', liveness: 'handle' },
  PIPESERVERWRAP: { activeName: 'PipeServerWrap', kind: 'pipe-server', liveness: 'handle' },
  PROCESSWRAP: { activeName: 'ProcessWrap', kind: 'child-process', liveness: 'handle' },
  FSEVENTWRAP: { activeName: 'FSEventWrap', kind: 'fs-watcher', liveness: 'handle' },
  STATWATCHER: { activeName: 'StatWatcher', kind: 'stat-watcher', liveness: 'handle' },
  MESSAGEPORT: { activeName: 'MessagePort', kind: 'message-port', liveness: 'handle' },
  WORKER: { activeName: 'Worker', kind: 'worker', liveness: 'handle' },
  SIGNALWRAP: { activeName: 'SignalWrap', kind: 'signal', liveness: 'handle' },
  TTYWRAP: { activeName: 'TTYWrap', kind: 'tty', liveness: 'handle' },
  ZLIB: { kind: 'zlib', liveness: 'zlib' },
  FILEHANDLE: { kind: 'file-handle', liveness: 'file-handle' },
  GETADDRINFOREQWRAP: { activeName: 'GetAddrInfoReqWrap', kind: 'dns', liveness: 'request' },
  GETNAMEINFOREQWRAP: { activeName: 'GetNameInfoReqWrap', kind: 'dns', liveness: 'request' },
  QUERYWRAP: { activeName: 'QueryReqWrap', kind: 'dns', liveness: 'request' },
};

export function isTrackedType(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(TRACKED_TYPES, type);
}

/** The `async_hooks` type behind a name from `getActiveResourcesInfo()`, when known. */
export function getAsyncTypeForActiveName(activeName: string): string | undefined {
  for (const [type, info] of Object.entries(TRACKED_TYPES)) if (info.activeName === activeName) return type;
  return undefined;
}

let ownerSymbol: symbol | undefined;

/** The JS object that owns a native handle (`net.Socket`, `Server`, `ChildProcess`, `FSWatcher`, a zlib stream). */
export function getOwner(resource: object): Record<PropertyKey, unknown> | undefined {
  if (!ownerSymbol) {
    // Node keeps the owner under an internal symbol; its description is stable across versions.
    ownerSymbol = Object.getOwnPropertySymbols(resource).find((symbol) => symbol.description === 'owner_symbol');
    if (!ownerSymbol) return undefined;
  }
  const owner = (resource as Record<symbol, unknown>)[ownerSymbol];
  return owner && typeof owner === 'object' ? (owner as Record<PropertyKey, unknown>) : undefined;
}

export type LivenessState =
  /** Open and keeps the event loop alive. */
  | 'ref'
  /** Open, but `unref()`ed: it does not keep the process alive. */
  | 'unref'
  /** Closed, cleared, finished; or closing right now. */
  | 'closed';

/**
 * Whether a resource the init hook saw is still alive. A resource whose destroy hook fired is
 * never asked (the tracker forgets it).
 */
export function getLiveness(type: string, resource: object): LivenessState {
  const info = TRACKED_TYPES[type];
  if (!info) return 'closed';
  const record = resource as Record<string, unknown>;
  switch (info.liveness) {
    case 'timer': {
      if (record._destroyed === true) return 'closed';
      return callHasRef(record) === false ? 'unref' : 'ref';
    }
    case 'handle': {
      const hasRef = callHasRef(record);
      if (hasRef === true) return 'ref';
      // false: unref'd, or closing (transient; the back-off waits it out); undefined: closed.
      return hasRef === false && !isOwnerDone(resource) ? 'unref' : 'closed';
    }
    case 'zlib': {
      const owner = getOwner(resource);
      return owner && owner._handle === resource ? 'ref' : 'closed';
    }
    case 'file-handle':
      return typeof record.fd === 'number' && record.fd >= 0 ? 'ref' : 'closed';
    case 'request':
      return 'ref';
  }
}

function callHasRef(record: Record<string, unknown>): boolean | undefined {
  if (typeof record.hasRef !== 'function') return undefined;
  try {
    const result = (record.hasRef as () => unknown)();
    return typeof result === 'boolean' ? result : undefined;
  } catch {
    return undefined;
  }
}

/** The owner let go of this handle (`socket.destroy()`, `server.close()`, a child's exit). */
function isOwnerDone(resource: object): boolean {
  const owner = getOwner(resource);
  if (!owner) return false;
  if (owner.destroyed === true) return true;
  return '_handle' in owner && owner._handle !== resource;
}

/** The user-facing kind, refined by what the resource turned out to be. */
export function getKind(type: string, resource: object, frames: readonly { file: string }[]): ResourceKind {
  const info = TRACKED_TYPES[type];
  if (!info) return 'timeout';
  if (info.kind === 'timeout' && typeof (resource as { _repeat?: unknown })._repeat === 'number') return 'interval';
  if (info.kind === 'tcp-socket' && frames.some((frame) => frame.file === 'node:_http_agent')) return 'http-agent-socket';
  return info.kind;
}

/** One line: what the resource is and what it is doing. */
export function describeResource(kind: ResourceKind, resource: object): string {
  const record = resource as Record<string, unknown>;
  const owner = getOwner(resource);
  switch (kind) {
    case 'interval':
      return `setInterval every ${formatMs(record._repeat)}`;
    case 'timeout':
      return `setTimeout of ${formatMs(record._idleTimeout)}, not fired yet`;
    case 'immediate':
      return 'setImmediate, not run yet';
    case 'tcp-server':
      return `TCP server${formatServerAddress(owner)}`;
    case 'tcp-socket':
      return `${owner?.server ? 'TCP connection accepted by a server' : 'TCP socket'}${formatSocketEnds(owner)}`;
    case 'http-agent-socket':
      return `HTTP agent socket${formatSocketEnds(owner)}`;
    case 'udp-socket':
      return `UDP socket${formatServerAddress(owner)}`;
    case 'pipe':
      return 'pipe (stdio of a child process, or a local socket)';
    case 'pipe-server':
      return `local socket server${formatServerAddress(owner)}`;
    case 'child-process':
      return `child process${formatChild(owner)}`;
    case 'fs-watcher':
      return 'fs.watch watcher';
    case 'stat-watcher':
      return 'fs.watchFile watcher';
    case 'dns': {
      const hostname = record.hostname ?? record.host;
      return typeof hostname === 'string' ? `DNS lookup of ${hostname}, not answered yet` : 'DNS request, not answered yet';
    }
    case 'zlib':
      return `zlib ${String((owner as { constructor?: { name?: string } } | undefined)?.constructor?.name ?? 'stream')} stream, never closed`;
    case 'message-port':
      return 'MessagePort, never closed';
    case 'worker':
      return `worker thread${typeof record.threadId === 'number' ? ` #${record.threadId}` : ''}, still running`;
    case 'file-handle':
      return `open file handle${typeof record.fd === 'number' ? ` (fd ${record.fd}${formatFdPath(record.fd)})` : ''}`;
    case 'signal':
      return 'signal listener';
    case 'tty':
      return 'TTY stream';
  }
}

/** Node does not keep the caller of `fs.promises.open` on the stack; on Linux the path at least tells which file. */
function formatFdPath(fd: number): string {
  if (process.platform !== 'linux') return '';
  try {
    return `: ${fs.readlinkSync(`/proc/self/fd/${fd}`)}`;
  } catch {
    return '';
  }
}

function formatMs(value: unknown): string {
  return typeof value === 'number' ? `${value} ms` : '? ms';
}

function formatServerAddress(owner: Record<PropertyKey, unknown> | undefined): string {
  try {
    const address = typeof owner?.address === 'function' ? (owner.address as () => unknown)() : undefined;
    if (typeof address === 'string') return ` on ${address}`;
    if (address && typeof address === 'object' && 'port' in address) {
      const { address: host, port } = address as { address: string; port: number };
      return ` listening on ${host.includes(':') ? `[${host}]` : host}:${port}`;
    }
  } catch {
    // A closing server throws from address(); the description just stays short.
  }
  return '';
}

function formatSocketEnds(owner: Record<PropertyKey, unknown> | undefined): string {
  if (!owner) return '';
  const local = owner.localPort !== undefined ? `${String(owner.localAddress)}:${String(owner.localPort)}` : undefined;
  const remote = owner.remotePort !== undefined ? `${String(owner.remoteAddress)}:${String(owner.remotePort)}` : undefined;
  if (local && remote) return ` ${local} -> ${remote}`;
  return remote ? ` to ${remote}` : '';
}

function formatChild(owner: Record<PropertyKey, unknown> | undefined): string {
  if (!owner) return '';
  const pid = typeof owner.pid === 'number' ? ` pid ${owner.pid}` : '';
  const args = Array.isArray(owner.spawnargs) ? (owner.spawnargs as unknown[]).map(String).join(' ') : '';
  const command = args.length > 80 ? `${args.slice(0, 77)}...` : args;
  return `${pid}${command ? ` (${command})` : ''}, still running`;
}
