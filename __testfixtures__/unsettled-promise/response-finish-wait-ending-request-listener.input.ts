import http from 'node:http';
import type { ServerResponse } from 'node:http';

// The wait ends the request listener, on the response it was handed: if 'finish' never comes,
// nothing is left to run, and the pending promise goes with the response (low).
export function serve(handle: (req: http.IncomingMessage, res: ServerResponse) => void) {
  return http.createServer(async (req, res) => {
    await new Promise((resolve) => {
      res.on('finish', resolve);
      handle(req, res);
    });
  });
}

// Code runs after the wait: if 'finish' never comes, the accounting never runs (high).
export function serveCounted(handle: (req: http.IncomingMessage, res: ServerResponse) => void, served: { count: number }) {
  return http.createServer(async (req, res) => {
    await new Promise((resolve) => {
      res.on('finish', resolve);
      handle(req, res);
    });
    served.count += 1;
  });
}
