import got from 'got';

export async function load(url: string, signal: AbortSignal) {
  await got(url, { timeout: { request: 5000 } });
  await got.get(url, { signal });
}
