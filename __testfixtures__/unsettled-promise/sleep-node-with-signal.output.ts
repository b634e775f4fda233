import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

export async function pollFile(path: string, signal: AbortSignal): Promise<string> {
  for (;;) {
    const text = await readFile(path, 'utf8');
    if (text.trim() !== '') return text;
    await delay(1000, undefined, { signal });
  }
}
