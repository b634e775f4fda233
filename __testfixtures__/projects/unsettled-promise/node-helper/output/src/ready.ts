import type { EventEmitter } from 'node:events';
import { once } from 'node:events';

/** Resolves once the worker says it is ready. */
export async function waitForReady(worker: EventEmitter, signal?: AbortSignal): Promise<void> {
  await once(worker, 'ready', { signal });
}
