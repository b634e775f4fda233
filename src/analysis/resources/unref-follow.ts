/**
 * The `.unref()` follow the cleanup rules share: `setInterval(...).unref()` and
 * `fs.watch(...).unref()` return the object itself, so where the call's value goes is where the
 * handle goes (`const t = setInterval(f, 1).unref()` keeps the timer in `t`). `null` when the
 * handle is not `.unref()` chained on the acquisition. `returnsSelf: false` is for objects whose
 * `unref()` returns nothing (a `Worker`): the handle stays the chained one. Either way the
 * acquisition is made process-lifetime on purpose (policy: lifetime by intent).
 */
import type { NodePath } from '../../core/traverse';
import { resolveAcquisitionHandle, type AcquisitionHandle } from './acquisition-handle';

export function followUnref(handle: AcquisitionHandle, returnsSelf = true): AcquisitionHandle | null {
  if (handle.kind !== 'chained' || handle.method !== 'unref') return null;
  if (!returnsSelf) return handle;
  const unrefCall: NodePath = handle.expression.parentPath!.parentPath!;
  const kept = resolveAcquisitionHandle(unrefCall);
  if (kept.kind === 'discarded' || kept.kind === 'variable' || kept.kind === 'member') return { ...kept, expression: handle.expression } as AcquisitionHandle;
  return handle;
}
