import { fetch } from './http/fetch';

export async function load(url: string) {
  return fetch(url);
}
