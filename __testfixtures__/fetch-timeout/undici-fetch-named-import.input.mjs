import { fetch as undiciFetch } from 'undici';
import * as undici from 'undici';

export async function load(url) {
  const a = await undiciFetch(url);
  const b = await undici.fetch(url, { method: 'GET' });
  return [a, b];
}
