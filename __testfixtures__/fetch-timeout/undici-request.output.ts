import { request } from 'undici';

export async function load(url: string) {
  const { body } = await request(url, { signal: AbortSignal.timeout(10_000) });
  const other = await request(url, { method: 'POST', body: '{}', signal: AbortSignal.timeout(10_000) });
  return [await body.json(), other.statusCode];
}
