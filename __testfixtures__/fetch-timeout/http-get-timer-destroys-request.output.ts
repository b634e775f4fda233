import * as http from 'node:http';
import { clearTimeout, setTimeout } from 'node:timers';

export function getStatus(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout;
    const request = http
      .get(url, (response) => {
        response.resume();
        response.on('end', () => {
          clearTimeout(timer);
          resolve(response.statusCode);
        });
      })
      .on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    timer = setTimeout(() => {
      request.destroy(new Error('request timed out'));
    }, 5000);
  });
}

export function getStatusWarned(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = http
      .get(url, { signal: AbortSignal.timeout(10_000) }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      })
      .on('error', reject);
    setTimeout(() => {
      console.warn('slow request', request.path);
    }, 5000);
  });
}
