import https from 'node:https';
import { createWriteStream } from 'node:fs';

export function download(url: string, path: string) {
  https.get(url, (res) => res.pipe(createWriteStream(path)));
}
