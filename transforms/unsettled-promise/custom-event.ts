/**
 * A wait for a custom event on the page's `document` or `window`, one no browser fires:
 *
 *   await new Promise((resolve) => {
 *     document.addEventListener('app:check-response', (e) => resolve(e.detail), { once: true });
 *     document.dispatchEvent(new CustomEvent('app:check-request'));
 *   });
 *
 * The platform's own events on them are named in letters only (`load`, `visibilitychange`,
 * `DOMContentLoaded`); a name with any other character (`-`, `_`, `:`, `.`, a digit) is one the
 * code makes up, and comes only when some script dispatches it (`dispatchEvent(new
 * CustomEvent(…))`). It has no `'error'` — "if it fails ('error')" is not what happens —, and
 * whether the other script always answers is in that script, not here (darkreader's page proxy,
 * which answers every check it announced, and its test page waiting for the driver's message,
 * doubtful at `high`). A report-only finding is `medium`, as for a message another context posts
 * (context-message.ts) and for Electron's IPC. Only `document` / `window` (also
 * `window.document`, `globalThis`), the global ones: an element or an object of the code's own
 * may fire its custom events from the code shown.
 */
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isGlobalReference } from '../../src/analysis/syntax/scope';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';

const PAGE_GLOBALS = new Set(['document', 'window', 'globalThis']);

/** A name the platform does not give its events: anything but letters. */
export function isMadeUpEventName(name: string): boolean {
  return name.length > 0 && !/^[A-Za-z]+$/.test(name);
}

export function isCustomPageEventWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api !== 'event-target' || registration.eventName === null || !isMadeUpEventName(registration.eventName)) return false;
  let target = unwrapExpression(registration.target);
  // Case: `window.document.addEventListener(…)`
  if (target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier' && target.property.name === 'document') target = unwrapExpression(target.object);
  if (target.type !== 'Identifier' || !PAGE_GLOBALS.has(target.name)) return false;
  return isGlobalReference(findRegistrationPath(executor, registration), target.name);
}
