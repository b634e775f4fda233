import { request } from 'undici';

export async function load(url: string) {
  const { body } = await request(url);
  const other = await request(url, { method: 'POST', body: '{}' });
  return [await body.json(), other.statusCode];
}
