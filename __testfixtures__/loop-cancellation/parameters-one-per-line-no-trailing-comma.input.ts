import { setTimeout as sleep } from 'node:timers/promises';

// Parameters and arguments written one a line without a trailing comma: the signal gets a line
// of its own, and no trailing comma is added after it.
async function pollCache(
  cacheName: string,
  intervalMs: number
) {
  while (true) {
    console.log('polling', cacheName);
    await sleep(intervalMs);
  }
}

export async function serve(signal: AbortSignal) {
  void pollCache(
    'sessions',
    5000
  );
}
