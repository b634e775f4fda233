import { readdir } from 'node:fs';

export const list = (dir: string) =>
  new Promise<string[]>((resolve) => {
    readdir(dir, (err, names) => {
      if (err) return;
      resolve(names);
    });
  });
