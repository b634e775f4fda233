import http from 'node:http';

export function ping(url: string) {
  // `timeout` only emits 'timeout'; nothing ends the request.
  http.get(url, { timeout: 5000 }, (res) => res.resume());
}
