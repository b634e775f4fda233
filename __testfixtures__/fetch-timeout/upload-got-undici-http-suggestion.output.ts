import got from 'got';
import * as https from 'https';
import { request } from 'undici';

export async function send(url: string, payload: Buffer, report: object) {
  await got.post(url, { body: payload });
  await got.post(url, { json: report });
  await request(url, { method: 'PUT', body: payload });
  const req = https.request(url, { method: 'POST' }, (res) => res.resume());
  req.on('error', console.error);
  req.write(payload);
  req.end();
  // small literal bodies stay auto
  await got.post(url, { json: { ok: true }, timeout: { request: 10_000 } });
  await request(url, { method: 'POST', body: '{}', signal: AbortSignal.timeout(10_000) });
}
