import undici from 'undici';
import { Writable } from 'node:stream';

export async function save(url, sink) {
  await undici.stream(url, { method: 'GET' }, () => Writable.from(sink));
}
