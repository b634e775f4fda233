import { setTimeout as sleep } from 'node:timers/promises';

async function retryForever(task: () => Promise<void>, options: { delayMs: number }) {
  while (true) {
    await task().catch(console.error);
    await sleep(options.delayMs);
  }
}

export async function keepSynced(task: () => Promise<void>, signal: AbortSignal) {
  await retryForever(task, { delayMs: 1000 });
}
