import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';

export async function saveArchive(url: string, path: string) {
  const res = await fetch(url);
  await pipeline(Readable.fromWeb(res.body as any), createWriteStream(path));
}
