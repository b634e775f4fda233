import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export async function flush(path: string, text: string, signal: AbortSignal) {
  const out = createWriteStream(path);
  const finishEvent = once(out, 'finish', { signal });
  out.end(text);
  await finishEvent;
}
