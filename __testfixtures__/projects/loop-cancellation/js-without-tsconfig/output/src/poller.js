import { setTimeout as sleep } from 'node:timers/promises';

export async function pollInbox({ folder, intervalMs, signal }) {
  while (!signal?.aborted) {
    console.debug(`polling ${folder}`);
    await sleep(intervalMs, undefined, { signal }).catch(() => {});
  }
}
