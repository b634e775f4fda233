import type { EventEmitter } from 'node:events';

// Already takes a signal, but the wait ignores it: the per-file fix uses it, no caller changes.
export async function waitForReady(worker: EventEmitter, signal: AbortSignal): Promise<void> {
  await new Promise((resolve) => worker.once('ready', resolve));
}
