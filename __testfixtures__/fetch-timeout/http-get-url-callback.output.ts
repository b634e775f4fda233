import https from 'node:https';

export function getText(url: string, done: (text: string) => void) {
  https.get(url, { signal: AbortSignal.timeout(10_000) }, (res) => {
    let text = '';
    res.on('data', (chunk) => (text += chunk));
    res.on('end', () => done(text));
    res.on('error', () => done(''));
  });
}
