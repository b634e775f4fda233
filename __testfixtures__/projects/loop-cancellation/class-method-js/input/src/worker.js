import { setTimeout as sleep } from 'node:timers/promises';

export class Worker {
  async run(queue) {
    while (true) {
      console.debug(`reading ${queue}`);
      await sleep(10);
    }
  }
}
