/**
 * A wait for an event that also settles on the `'close'` of the same target, written in the same
 * executor:
 *
 *   new Promise((resolve) => {
 *     port.once('message', (e) => resolve(e.data));
 *     port.once('close', () => resolve(null));
 *   });
 *
 * "if the event never comes (the emitter fails, or closes first)" is not what happens: the wait
 * ends when the emitter closes, and streams, sockets, child processes and message ports close after
 * they fail. It hangs only on an emitter that fails without closing, or one the code never closes
 * — the same doubt as a wait for `'close'` alone (fs-stream-close.ts, error-handled-apart.ts), so
 * a report-only finding is `low` (deltachat-desktop's call window waits for the page's offer or
 * the port's close, `high` before). The `'close'` must be on the same target (the same name or
 * member chain) and its handler must settle the promise.
 */
import { forEachNode } from '../../src/core/traverse';
import { getMemberChain } from '../../src/analysis/syntax/expressions';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getEventRegistration, getHandlerForm, type EventRegistration } from './event-registration';

export function settlesOnCloseToo(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.eventName === 'close') return false;
  const target = getMemberChain(registration.target);
  if (target === null) return false;
  let found = false;
  forEachNode(executor.fn.body, (node) => {
    if (found) return false;
    const other = getEventRegistration(node);
    if (other && other !== registration && other.call !== registration.call && other.eventName === 'close' && getMemberChain(other.target) === target && getHandlerForm(other.handler, executor.resolve) !== null) found = true;
    return undefined;
  });
  return found;
}
