import { setTimeout as sleep } from 'node:timers/promises';

export function waitUntilIdle(isIdle: () => Promise<boolean>, limitMs: number): Promise<void> {
  return new Promise<void>(async (resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error('still busy')), limitMs);
    while (true) {
      if (await isIdle()) break;
      await sleep(250);
    }
    clearTimeout(deadline);
    resolve();
  });
}
