import axios from 'axios';

const BASE = '/api';

export function api(input: string, init?: RequestInit) {
  return fetch(BASE + input, init);
}

export const request = (url: string, opts: RequestInit = {}) =>
  fetch(url, { ...opts, headers: { ...opts.headers, 'x-client': 'web' } });

export async function call(config: object) {
  return axios.request(config);
}

// Negatives: a function that takes only the URL, or builds its own options, stays auto
export function getJson(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(10_000) }).then((res) => res.json());
}

export function remove(url: string) {
  return fetch(url, { method: 'DELETE', signal: AbortSignal.timeout(10_000) });
}
