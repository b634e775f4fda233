import https from 'node:https';

export function download(url: string, signal: AbortSignal) {
  https.get(url, { signal }, (res) => res.resume());
}
