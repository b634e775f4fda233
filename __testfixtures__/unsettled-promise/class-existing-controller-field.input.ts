import { EventEmitter, once } from 'node:events';

export class JobQueue extends EventEmitter {
  private readonly stopping = new AbortController();

  async next(): Promise<unknown> {
    await once(this, 'ready', { signal: this.stopping.signal });
    return new Promise((resolve) => this.once('job', resolve));
  }

  stop(): void {
    this.stopping.abort();
    this.removeAllListeners();
  }
}
