import https from 'node:https';

export function follow(url: string, onData: (chunk: Buffer) => void) {
  https.get(url, (res) => {
    res.on('data', onData);
  });
}
