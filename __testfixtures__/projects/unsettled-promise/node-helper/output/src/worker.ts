import type { EventEmitter } from 'node:events';
import { waitForReady } from './ready.js';

export const started: EventEmitter[] = [];

// The job runner gives every job a signal; a worker that never gets ready used to hold the job for ever.
export async function startWorker(worker: EventEmitter, signal: AbortSignal): Promise<void> {
  await waitForReady(worker, signal);
  started.push(worker);
}
