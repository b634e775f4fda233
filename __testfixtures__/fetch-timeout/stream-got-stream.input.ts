import got from 'got';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

export async function save(url: string, path: string) {
  await pipeline(got.stream(url), createWriteStream(path));
}

export async function fetchImage(url: string) {
  return got(url).buffer();
}
