import { setTimeout as sleep } from 'node:timers/promises';

export class Worker {
  async run(queue: string, signal?: AbortSignal) {
    while (!signal?.aborted) {
      console.debug(`reading ${queue}`);
      await sleep(10, undefined, { signal }).catch(() => {});
    }
  }

  // Restarts the retry queue for as long as the caller's signal lives.
  restart(signal: AbortSignal): void {
    void this.run('retries', signal);
  }
}
