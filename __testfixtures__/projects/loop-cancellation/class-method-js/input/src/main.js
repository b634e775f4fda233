import { Worker } from './worker.js';

export function startWorker(signal) {
  void new Worker().run('jobs');
}

// An untyped instance: no checker can tell this is Worker's run().
export function startService(service, signal) {
  void service.run('mail');
}
