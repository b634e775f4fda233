import { Worker } from 'node:worker_threads';

// The thread is kept in a field through an alias chain; close() never ends it,
// so the fix terminates the field (no second field beside it).
export class Resizer {
  private thread?: Worker;

  start(script: string): void {
    let local: Worker;
    this.thread = local = new Worker(script);
    local.postMessage('warm-up');
  }

  close(): void {
    console.debug('resizer closed');
  }
}
