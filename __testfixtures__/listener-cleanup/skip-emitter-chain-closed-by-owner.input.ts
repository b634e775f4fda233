import { EventEmitter } from 'node:events';

class JobWorker extends EventEmitter {
  async close(): Promise<void> {}
}

// Every listener of the chain is on `this.worker` (an emitter's `on` returns the emitter), and
// stop() closes that worker: they all end with it, not only the first.
export class JobProcessor {
  private worker: JobWorker;

  constructor(private log: (message: string) => void) {
    this.worker = new JobWorker();
    this.worker
      .on('active', () => this.log('active'))
      .on('completed', () => this.log('completed'))
      .on('failed', () => this.log('failed'));
  }

  async stop(): Promise<void> {
    await this.worker.close();
  }
}
