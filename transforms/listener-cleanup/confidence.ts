/**
 * How sure listener-cleanup is that a finding is a leak. Only report-only findings keep this
 * doubt (src/core/fix-level.ts makes every fix `high`):
 *
 * - `low`: the lifetime that decides it is one the code does not show — the target (or the
 *   subscribed source) is a parameter of the enclosing function, or a field the class was
 *   handed through its constructor (an injected service, a passed-in emitter): when the
 *   caller drops it, the listener goes with it. Also listeners made process-lifetime on
 *   purpose (reported only with `reportProcessLifetime`) — among them the `process` listeners
 *   for the events that end or guard the process, as process-events.ts decides them for the
 *   match (one list: any signal, `exit`, `uncaughtException`, …) — and a `{ once: true }` listener with no owner (it
 *   fires once and is gone; only an owner that ends first makes it a leak).
 * - `high`: the target outlives any owner — a global (`window`, `document`, `process`, the
 *   global `addEventListener`) or an imported module-level object: the handler is kept for
 *   the life of the page or process.
 * - `medium`: everything else (the owner's own fields, locals, observers, sockets, workers,
 *   controllers): usually a leak, but the code around decides.
 */
import type { Confidence } from '../../src/core/finding';
import { resolveStaticProperty } from './same-value';
import type { Candidate } from './match';
import { resolveTargetOrigin } from './target-origin';

export { resolveTargetOrigin, type TargetOrigin } from './target-origin';

export function decideListenerConfidence(candidate: Candidate): Confidence {
  // Module level, main(), a root service, `.unref()`, and `process` end-of-process events (match.ts sets it from process-events.ts).
  if (candidate.processLifetime) return 'low';
  if (candidate.type === 'registration' && candidate.owner.kind === 'none' && isOnce(candidate)) return 'low';
  const target = candidate.type === 'registration' ? candidate.add.target : candidate.acquisition.source;
  // The global `addEventListener(...)`: the window.
  if (candidate.type === 'registration' && target === null) return 'high';
  if (target === null) return 'medium';
  const origin = resolveTargetOrigin(target);
  if (origin === 'parameter' || origin === 'injected') return 'low';
  if (origin === 'global' || origin === 'module') return 'high';
  return 'medium';
}

/** `addEventListener(type, fn, { once: true })`. */
function isOnce({ add }: Extract<Candidate, { type: 'registration' }>): boolean {
  return add.options !== null && resolveStaticProperty(add.options, 'once') === true;
}
