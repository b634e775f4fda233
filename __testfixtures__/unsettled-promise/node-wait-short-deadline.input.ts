import type { EventEmitter } from 'node:events';

export async function waitForDrain(queue: EventEmitter): Promise<void> {
  await new Promise((resolve) => queue.once('drain', resolve));
}
