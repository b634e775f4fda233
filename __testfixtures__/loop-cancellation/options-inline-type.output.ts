import { setTimeout as sleep } from 'node:timers/promises';

async function retryForever(task: () => Promise<void>, options: { delayMs: number; signal?: AbortSignal }) {
  while (!options.signal?.aborted) {
    await task().catch(console.error);
    await sleep(options.delayMs, undefined, { signal: options.signal }).catch(() => {});
  }
}

export async function keepSynced(task: () => Promise<void>, signal: AbortSignal) {
  await retryForever(task, { delayMs: 1000, signal });
}
