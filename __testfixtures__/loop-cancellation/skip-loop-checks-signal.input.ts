import { setTimeout as sleep } from 'node:timers/promises';

export async function watch(read: () => Promise<string>, signal: AbortSignal) {
  while (true) {
    signal.throwIfAborted();
    console.log(await read());
    await sleep(1000);
  }
}

export async function watchUntilAborted(read: () => Promise<string>, options: { signal?: AbortSignal }) {
  for (;;) {
    if (options.signal?.aborted) return;
    console.log(await read());
  }
}
