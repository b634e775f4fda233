import { setTimeout as sleep } from 'node:timers/promises';

// Retries closing until a listener elsewhere stops resetting the class's flag.
export class Store {
  static closedCleanly = false;

  static async close(closeOnce: () => Promise<void>) {
    while (true) {
      Store.closedCleanly = true;
      await closeOnce();
      await sleep(2000);
      if (Store.closedCleanly) break;
    }
  }
}
