import https from 'node:https';
import type { ClientRequest } from 'node:http';

// The request is handed to the caller, who may keep it for longer: still reported (low: how
// long the caller keeps it is not shown here).
export class Uploader {
  start(url: string): ClientRequest {
    const req = https.request(url, { method: 'PUT', signal: AbortSignal.timeout(30_000) });
    req.on('error', (err) => console.error(err));
    return req;
  }
}
