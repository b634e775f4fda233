import { setTimeout as sleep } from 'node:timers/promises';

async function watchDir({ dir, intervalMs, signal }) {
  while (!signal?.aborted) {
    console.log(dir);
    await sleep(intervalMs, undefined, { signal }).catch(() => {});
  }
}

export async function start(signal) {
  await watchDir({ dir: '.', intervalMs: 1000, signal });
}
