import { fetch as undiciFetch } from 'undici';
import * as undici from 'undici';

export async function load(url) {
  const a = await undiciFetch(url, { signal: AbortSignal.timeout(10_000) });
  const b = await undici.fetch(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });
  return [a, b];
}
