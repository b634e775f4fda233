import { get, request } from 'node:http';

export function fetchStatus(url, callback) {
  get(url, callback);
  const req = request(url, { method: 'DELETE', signal: AbortSignal.timeout(10_000) });
  req.end();
}
