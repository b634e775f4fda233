import axios from 'axios';
import got from 'got';
import { request, stream } from 'undici';

const api = axios.create({ baseURL: '/api', timeout: 5_000 });

export function track(event: string, controller: AbortController) {
  axios.post('/track', { event }, { signal: controller.signal });
  api.get(`/seen/${event}`).then((response) => console.log(response.status));
  got.post('https://example.com/track', { json: { event }, timeout: { request: 5_000 } });
  request('https://example.com/ping', { signal: controller.signal });
}

export function notPromises(url: string, onDone: () => void) {
  got.stream(url, { timeout: { request: 5_000 } });
  request(url, { signal: AbortSignal.timeout(5_000) }, onDone);
  stream(url, { signal: AbortSignal.timeout(5_000) }, () => process.stdout, onDone);
  axios.create({ timeout: 5_000 });
}
