import axios from 'axios';
import got from 'got';
import { request, stream } from 'undici';

const api = axios.create({ baseURL: '/api', timeout: 5_000 });

export function track(event: string, controller: AbortController) {
  void axios.post('/track', { event }, { signal: controller.signal }).catch((error) => { if (error?.name !== 'AbortError' && error?.name !== 'CanceledError') console.error(error); });
  void api.get(`/seen/${event}`).then((response) => console.log(response.status)).catch((error) => { if (error?.name !== 'AbortError' && error?.name !== 'CanceledError') console.error(error); });
  void got.post('https://example.com/track', { json: { event }, timeout: { request: 5_000 } }).catch((error) => { if (error?.name !== 'AbortError') console.error(error); });
  void request('https://example.com/ping', { signal: controller.signal }).catch((error) => { if (error?.name !== 'AbortError') console.error(error); });
}

export function notPromises(url: string, onDone: () => void) {
  got.stream(url, { timeout: { request: 5_000 } });
  request(url, { signal: AbortSignal.timeout(5_000) }, onDone);
  stream(url, { signal: AbortSignal.timeout(5_000) }, () => process.stdout, onDone);
  axios.create({ timeout: 5_000 });
}
