import type { EventEmitter } from 'node:events';
import { once } from 'node:events';

export async function waitForReady(worker: EventEmitter): Promise<void> {
  await once(worker, 'ready', { signal: AbortSignal.timeout(30_000) });
}
