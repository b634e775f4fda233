import { setTimeout as sleep } from 'node:timers/promises';

let running = true;

export function stopSync() {
  running = false;
}

export async function syncForever(sync: () => Promise<void>) {
  while (true) {
    if (!running) break;
    await sync();
    await sleep(1000);
  }
}
