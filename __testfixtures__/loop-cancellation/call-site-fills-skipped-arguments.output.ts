import { setTimeout as wait } from 'node:timers/promises';

async function pump(source: () => Promise<void>, intervalMs = 100, signal?: AbortSignal) {
  while (!signal?.aborted) {
    await source();
    await wait(intervalMs, undefined, { signal }).catch(() => {});
  }
}

export async function run(source: () => Promise<void>, options: { signal: AbortSignal }) {
  await pump(source, undefined, options.signal);
}
