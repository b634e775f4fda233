import { readdir } from 'node:fs';

export const list = (dir: string) =>
  new Promise<string[]>((resolve, reject) => {
    readdir(dir, (err, names) => {
      if (err) return reject(err);
      resolve(names);
    });
  });
