import { stat } from 'node:fs';
import type { Stats } from 'node:fs';

export function statOrWait(file: string) {
  return new Promise<Stats>((resolve, reject) => {
    stat(file, (error, stats) => {
      if (error) {
        reject(error);
        console.error('stat failed', error);
        return;
      }
      resolve(stats);
    });
  });
}
