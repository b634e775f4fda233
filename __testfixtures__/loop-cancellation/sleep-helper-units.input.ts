import { promisify } from 'node:util';
import { refresh } from './cache';

const sleep = promisify(setTimeout);
const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
function pause(ms: number) {
  return new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });
}

export async function refreshForever(): Promise<void> {
  for (;;) {
    await refresh();
    await sleep(1000);
    await pause(500);
    await wait(30);
  }
}
