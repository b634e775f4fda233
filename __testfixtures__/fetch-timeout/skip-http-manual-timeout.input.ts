import http from 'node:http';

export function ping(url: string) {
  const req = http.get(url, (res) => res.resume());
  req.setTimeout(5000, () => req.destroy(new Error('timed out')));
}

export function pingChained(url: string) {
  http.get(url, (res) => res.resume()).on('timeout', function () {
    this.destroy();
  });
}
