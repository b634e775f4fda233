import { readFile } from 'node:fs/promises';

// Reads the spool for ever; the caller has a signal it never passes on.
async function drainSpool(dir: string) {
  while (true) {
    const text = await readFile(`${dir}/next`, 'utf8');
    console.log(text);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}

export async function runWorker(dir: string, signal: AbortSignal) {
  await drainSpool(dir);
}
