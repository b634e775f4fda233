import fs from 'node:fs';

export function readOrEmpty(file: string): Promise<string> {
  return new Promise((resolve) => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (err) console.warn('no file', err);
      resolve(text ?? '');
    });
  });
}
