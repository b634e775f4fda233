import type { EventEmitter } from 'node:events';
import { once } from 'node:events';

export { startWorker } from './worker.js';

/** Part of the package's API: other packages call it too. */
export async function waitForReady(worker: EventEmitter, signal?: AbortSignal): Promise<void> {
  await once(worker, 'ready', { signal });
}
