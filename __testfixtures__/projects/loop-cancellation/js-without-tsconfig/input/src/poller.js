import { setTimeout as sleep } from 'node:timers/promises';

export async function pollInbox({ folder, intervalMs }) {
  while (true) {
    console.debug(`polling ${folder}`);
    await sleep(intervalMs);
  }
}
