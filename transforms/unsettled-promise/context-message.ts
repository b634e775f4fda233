/**
 * A wait for a message posted to this context from another one, on the context's own global
 * scope (`self` / `globalThis` in a worker) or on worker_threads' `parentPort`:
 *
 *   // in a worker: wait until the page says the database is ready
 *   await new Promise((resolve) => self.addEventListener('message', (e) => { if (e.data.type === 'ready') resolve(); }));
 *
 * The global scope has no failure event for this ('messageerror' is a message that cannot be
 * read): the message comes when the other side posts it, and whether it always does is in that
 * side's code, not here (notesnook's worker waiting for the page's "initialised" message was
 * doubtful at `high`). A report-only finding is `medium`, as for Electron's IPC
 * (electron-ipc.ts). Not a `Worker` the code makes (`worker.addEventListener('message', …)`): a
 * worker whose script fails to load or throws fires `'error'` on it, and the wait on its message
 * never ends — a real leak, still `high`.
 */
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isGlobalReference } from '../../src/analysis/syntax/scope';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';

const GLOBAL_SCOPES = new Set(['self', 'globalThis']);

export function isContextMessageWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.eventName !== 'message') return false;
  const target = unwrapExpression(registration.target);
  if (target.type !== 'Identifier') return false;
  const at = findRegistrationPath(executor, registration);
  // Case: `self.addEventListener('message', …)`, `self.onmessage = …`
  if (GLOBAL_SCOPES.has(target.name)) return isGlobalReference(at, target.name);
  // Case: `import { parentPort } from 'node:worker_threads'`
  const reference = resolveModuleReference(at, target.name);
  return reference !== null && reference.source === 'worker_threads' && reference.imported === 'parentPort';
}
