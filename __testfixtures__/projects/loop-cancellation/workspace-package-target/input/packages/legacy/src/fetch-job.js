import { setTimeout as sleep } from 'node:timers/promises';

// This package still runs on Node 16, which has no AbortSignal.prototype.throwIfAborted.
export async function fetchJobWithRetry(queue) {
  while (true) {
    try {
      return await queue.take();
    } catch {
      await sleep(500);
    }
  }
}
