import { setTimeout as sleep } from 'node:timers/promises';

// The same loop in a package on Node 22.
export async function fetchJobWithRetry(queue, signal) {
  while (true) {
    signal?.throwIfAborted();
    try {
      return await queue.take();
    } catch {
      await sleep(500, undefined, { signal }).catch(() => {});
    }
  }
}
