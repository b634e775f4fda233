import got from 'got';
import { request } from 'undici';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';

export async function streamChat(url: string, signal: AbortSignal) {
  const res = await fetch(url, { method: 'POST', signal });
  return res.body!.getReader();
}

export async function save(url: string, path: string) {
  const { body } = await request(url, { headersTimeout: 10_000 });
  await pipeline(body, createWriteStream(path));
  await pipeline(got.stream(url, { timeout: { response: 10_000 } }), createWriteStream(`${path}.copy`));
}
