import https from 'node:https';

export function stream(url: string, signal: AbortSignal) {
  return new Promise((resolve, reject) => {
    https.get(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) }, (res) => resolve(res)).on('error', reject);
  });
}
