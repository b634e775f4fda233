import https from 'node:https';

export function stream(url: string, signal: AbortSignal) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => resolve(res)).on('error', reject);
  });
}
