// A pool terminates the worker each of its entries holds.
class PooledWorker {
  readonly thread: Worker;
  lastUsed = Date.now();

  constructor(url: URL) {
    this.thread = new Worker(url, { type: 'module' });
  }
}

export class WorkerPool {
  private readonly idle: PooledWorker[] = [];

  constructor(private readonly url: URL) {}

  take(): PooledWorker {
    return this.idle.pop() ?? new PooledWorker(this.url);
  }

  give(worker: PooledWorker): void {
    worker.lastUsed = Date.now();
    this.idle.push(worker);
  }

  dispose(): void {
    for (const worker of this.idle.splice(0)) worker.thread.terminate();
  }
}
