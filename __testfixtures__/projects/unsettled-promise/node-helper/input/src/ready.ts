import type { EventEmitter } from 'node:events';

/** Resolves once the worker says it is ready. */
export async function waitForReady(worker: EventEmitter): Promise<void> {
  await new Promise((resolve) => worker.once('ready', resolve));
}
