import { setTimeout as sleep } from 'node:timers/promises';

export async function connectWithRetry(url) {
  while (true) {
    try {
      return await connect(url);
    } catch {
      await sleep(1000);
    }
  }
}

async function connect(url) {
  return { url };
}
