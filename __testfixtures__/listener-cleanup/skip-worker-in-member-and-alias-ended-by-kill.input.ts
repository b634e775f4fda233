import { Worker } from 'node:worker_threads';

// The thread is kept in a field through an alias chain and ended by kill(),
// through a private helper: the class ends what it starts.
export class Sandbox {
  private thread?: Worker;

  async boot(script: string): Promise<void> {
    let host: Worker;
    this.thread = host = new Worker(script);
    host.postMessage({ cmd: 'init' });
  }

  private halt(): void {
    void this.thread?.terminate();
  }

  kill(): void {
    this.halt();
  }
}
