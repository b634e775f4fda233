import { setTimeout as sleep } from 'node:timers/promises';

export async function connectWithRetry(url, signal) {
  while (true) {
    signal?.throwIfAborted();
    try {
      return await connect(url);
    } catch {
      await sleep(1000, undefined, { signal }).catch(() => {});
    }
  }
}

async function connect(url) {
  return { url };
}
