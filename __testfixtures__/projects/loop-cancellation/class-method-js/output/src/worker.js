import { setTimeout as sleep } from 'node:timers/promises';

export class Worker {
  async run(queue, signal) {
    while (!signal?.aborted) {
      console.debug(`reading ${queue}`);
      await sleep(10, undefined, { signal }).catch(() => {});
    }
  }
}
