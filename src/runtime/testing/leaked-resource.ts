/**
 * What `verifyNoLeaks` reports for one resource left alive. Its own module so that the options
 * (whose `ignore` callback receives one) and the leak finder do not import each other.
 */
import type { ResourceKind } from '../resource-kinds';
import type { StackFrame } from '../stack';

export interface LeakedResource {
  /** The user-facing kind: `interval`, `tcp-server`, `child-process`, ... */
  kind: ResourceKind | 'unknown';
  /** The `async_hooks` type (`Timeout`, `TCPSERVERWRAP`, ...), or the handle's class name for a resource older than the check. */
  type: string;
  /** What it is and what it is doing, in one line. */
  description: string;
  /** `async_hooks` id; -1 for a resource older than the check. */
  asyncId: number;
  /** It keeps the event loop alive (not `unref()`ed). */
  refed: boolean;
  /** The function that created it (innermost frame of user code), e.g. `startPolling`. */
  createdBy: string | undefined;
  /** The creation stack: user code only, innermost first, printed as `at fn (file:line:col)` lines. */
  stack: string;
  /** All captured frames, Node's own included. */
  frames: readonly StackFrame[];
  /** The native handle or timer object. */
  resource: unknown;
  /** Its JavaScript owner when Node records one (`net.Socket`, `net.Server`, `ChildProcess`, `FSWatcher`, a zlib stream). */
  owner: unknown;
}
