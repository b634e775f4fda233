import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

export class Reloader {
  start(dir: string, reload: () => void): void {
    fs.watch(dir, reload).unref();
    const worker = new Worker(new URL('./index.js', import.meta.url));
    worker.unref();
  }

  dispose(): void {}
}
