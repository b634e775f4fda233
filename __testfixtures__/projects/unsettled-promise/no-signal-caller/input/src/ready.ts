import type { EventEmitter } from 'node:events';

export async function waitForReady(worker: EventEmitter): Promise<void> {
  await new Promise((resolve) => worker.once('ready', resolve));
}
