import http from 'node:http';
import https from 'node:https';

// Listeners on the request each method makes: a request is one transfer, and its listeners end
// with it (whether the request can hang is fetch-timeout's concern; these have deadlines).
export class StatusChecker {
  private stopped = false;

  check(url: string, done: (ok: boolean) => void): void {
    https
      .get(url, { signal: AbortSignal.timeout(5000) }, (res) => {
        res.resume();
        done(res.statusCode === 200);
      })
      .on('error', () => done(false));
  }

  post(url: string, body: string): void {
    const req = http.request(url, { method: 'POST', signal: AbortSignal.timeout(5000) });
    req.on('response', (res) => res.resume());
    req.on('error', (err) => console.error(err));
    req.end(body);
  }

  close(): void {
    this.stopped = true;
  }
}
