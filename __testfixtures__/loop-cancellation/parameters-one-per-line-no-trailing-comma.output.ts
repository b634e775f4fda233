import { setTimeout as sleep } from 'node:timers/promises';

// Parameters and arguments written one a line without a trailing comma: the signal gets a line
// of its own, and no trailing comma is added after it.
async function pollCache(
  cacheName: string,
  intervalMs: number,
  signal?: AbortSignal
) {
  while (!signal?.aborted) {
    console.log('polling', cacheName);
    await sleep(intervalMs, undefined, { signal }).catch(() => {});
  }
}

export async function serve(signal: AbortSignal) {
  void pollCache(
    'sessions',
    5000,
    signal
  );
}
