import { setTimeout as sleep } from 'node:timers/promises';

// Drains the queue for ever; handed to the scheduler as a value.
export async function drainQueue(name: string): Promise<void> {
  while (true) {
    console.debug(`draining ${name}`);
    await sleep(500);
  }
}
