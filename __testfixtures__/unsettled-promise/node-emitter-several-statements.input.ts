import { createWriteStream } from 'node:fs';

export async function flush(path: string, text: string, signal: AbortSignal) {
  const out = createWriteStream(path);
  await new Promise((resolve) => {
    out.on('finish', resolve);
    out.end(text);
  });
}
