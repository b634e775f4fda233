import { Worker } from './worker.js';

export function startWorker(signal: AbortSignal) {
  void new Worker().run('jobs');
}
