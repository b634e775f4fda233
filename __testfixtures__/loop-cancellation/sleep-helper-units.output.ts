import { promisify } from 'node:util';
import { refresh } from './cache';
import { setTimeout as delay } from 'node:timers/promises';

const sleep = promisify(setTimeout);
const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

export async function refreshForever(signal?: AbortSignal): Promise<void> {
  for (; !signal?.aborted;) {
    await refresh();
    await delay(1000, undefined, { signal }).catch(() => {});
    if (signal?.aborted) break;
    await delay(500, undefined, { signal }).catch(() => {});
    if (signal?.aborted) break;
    await wait(30);
  }
}
