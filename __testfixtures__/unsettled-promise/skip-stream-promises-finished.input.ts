import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

export async function writeAll(path: string, text: string) {
  const out = createWriteStream(path);
  out.end(text);
  await finished(out);
}
