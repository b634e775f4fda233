import type { EventEmitter } from 'node:events';

export { startWorker } from './worker.js';

/** Part of the package's API: other packages call it too. */
export async function waitForReady(worker: EventEmitter): Promise<void> {
  await new Promise((resolve) => worker.once('ready', resolve));
}
