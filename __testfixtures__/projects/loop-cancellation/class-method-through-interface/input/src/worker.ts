import { setTimeout as sleep } from 'node:timers/promises';

export interface Job {
  run(queue: string): Promise<void>;
}

export class Worker implements Job {
  async run(queue: string) {
    while (true) {
      console.debug(`reading ${queue}`);
      await sleep(10);
    }
  }
}
