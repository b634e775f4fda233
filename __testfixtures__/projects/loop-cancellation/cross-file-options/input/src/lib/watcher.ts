import { setTimeout as sleep } from 'node:timers/promises';
import type { WatchOptions } from './types.js';

export async function watchQueue(name: string, options: WatchOptions) {
  for (;;) {
    console.debug(`checking ${name}`);
    await sleep(options.intervalMs);
  }
}
