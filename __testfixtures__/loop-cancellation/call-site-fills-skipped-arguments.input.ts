import { setTimeout as wait } from 'node:timers/promises';

async function pump(source: () => Promise<void>, intervalMs = 100) {
  while (true) {
    await source();
    await wait(intervalMs);
  }
}

export async function run(source: () => Promise<void>, options: { signal: AbortSignal }) {
  await pump(source);
}
