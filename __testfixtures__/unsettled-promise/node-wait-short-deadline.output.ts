import type { EventEmitter } from 'node:events';
import { once } from 'node:events';

export async function waitForDrain(queue: EventEmitter): Promise<void> {
  await once(queue, 'drain', { signal: AbortSignal.timeout(100) });
}
