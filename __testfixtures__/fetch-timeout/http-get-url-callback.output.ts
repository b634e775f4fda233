import https from 'node:https';

export function download(url: string, onData: (chunk: Buffer) => void) {
  https.get(url, { signal: AbortSignal.timeout(10_000) }, (res) => {
    res.on('data', onData);
  });
}
