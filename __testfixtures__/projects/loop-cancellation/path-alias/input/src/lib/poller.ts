import { setTimeout as sleep } from 'node:timers/promises';

// Polls the status endpoint until the process ends.
export async function pollStatus(url: string, intervalMs: number): Promise<void> {
  while (true) {
    console.debug(`checking ${url}`);
    await sleep(intervalMs);
  }
}
