import got from 'got';

export async function load(url: string) {
  const page = await got(url).text();
  const created = await got.post(url, { json: { ok: true } }).json();
  const config = await got({ url, method: 'GET' }).json();
  return [page, created, config];
}
