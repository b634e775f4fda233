import { readFile } from 'node:fs/promises';

export async function pollFile(path: string, signal: AbortSignal): Promise<string> {
  for (;;) {
    const text = await readFile(path, 'utf8');
    if (text.trim() !== '') return text;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
