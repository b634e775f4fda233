import { setTimeout as sleep } from 'node:timers/promises';

async function pollHealth(intervalMs: number, signal?: AbortSignal) {
  while (!signal?.aborted) {
    console.log('checking');
    await sleep(intervalMs, undefined, { signal }).catch(() => {});
  }
}

function startBackgroundJobs(signal?: AbortSignal) {
  void pollHealth(5000, signal);
}

export async function serve(signal: AbortSignal) {
  startBackgroundJobs(signal);
}
