import * as http from 'http';

export function post() {
  const req = http.request({ hostname: 'localhost', port: 8080, method: 'POST', signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
  req.on('error', console.error);
  req.end('ping');
}
