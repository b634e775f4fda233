/**
 * The handle conversion the cleanup rules share: where an acquisition's value is kept
 * (`const id = setInterval(...)`, `this.observer = new ResizeObserver(...)`), as the
 * `KeptHandle` that `resolveHandleUsage` follows; `null` when it is not kept in a variable or
 * a member (dropped, returned, chained, handed on).
 */
import type { AcquisitionHandle } from './acquisition-handle';
import type { KeptHandle } from './handle-usage';

export function toKeptHandle(handle: AcquisitionHandle): KeptHandle | null {
  if (handle.kind === 'variable') return { kind: 'variable', binding: handle.binding };
  if (handle.kind === 'member') return { kind: 'member', member: handle.member };
  return null;
}
