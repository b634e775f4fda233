import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

// Reads the spool for ever; the caller has a signal it never passes on.
async function drainSpool(dir: string, signal?: AbortSignal) {
  while (!signal?.aborted) {
    const text = await readFile(`${dir}/next`, 'utf8');
    console.log(text);
    await delay(5_000, undefined, { signal }).catch(() => {});
  }
}

export async function runWorker(dir: string, signal: AbortSignal) {
  await drainSpool(dir, signal);
}
