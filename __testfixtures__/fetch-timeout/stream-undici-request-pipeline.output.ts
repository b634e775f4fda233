import { request } from 'undici';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';

export async function save(url: string, path: string) {
  const { body } = await request(url);
  await pipeline(body, createWriteStream(path));
}
