import got from 'got';

export async function load(url: string) {
  const page = await got(url, { timeout: { request: 10_000 } }).text();
  const created = await got.post(url, { json: { ok: true }, timeout: { request: 10_000 } }).json();
  const config = await got({ url, method: 'GET', timeout: { request: 10_000 } }).json();
  return [page, created, config];
}
