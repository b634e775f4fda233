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
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getHandlerForm, hasSiblingRegistration, type EventRegistration } from './event-registration';

export function settlesOnCloseToo(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.eventName === 'close') return false;
  return hasSiblingRegistration(registration, executor, (other) => other.eventName === 'close' && getHandlerForm(other.handler, executor.resolve) !== null);
}
