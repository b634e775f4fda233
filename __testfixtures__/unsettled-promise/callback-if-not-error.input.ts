import fs from 'node:fs';

export function readConfig(file: string): Promise<string> {
  return new Promise(resolve => fs.readFile(file, 'utf8', (err, text) => {
    if (!err) resolve(text);
  }));
}
