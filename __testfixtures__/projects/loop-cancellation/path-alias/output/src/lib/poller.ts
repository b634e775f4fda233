import { setTimeout as sleep } from 'node:timers/promises';

// Polls the status endpoint until the process ends.
export async function pollStatus(url: string, intervalMs: number, signal?: AbortSignal): Promise<void> {
  while (!signal?.aborted) {
    console.debug(`checking ${url}`);
    await sleep(intervalMs, undefined, { signal }).catch(() => {});
  }
}
