import { setTimeout as sleep } from 'node:timers/promises';

async function watchDir({ dir, intervalMs }) {
  while (true) {
    console.log(dir);
    await sleep(intervalMs);
  }
}

export async function start(signal) {
  await watchDir({ dir: '.', intervalMs: 1000 });
}
