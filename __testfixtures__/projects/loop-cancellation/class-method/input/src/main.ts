import { Worker } from './worker.js';

export function startWorker(signal: AbortSignal) {
  void new Worker().run('jobs');
}

// A typed instance handed in: the checker knows `service.run` is Worker's method.
export function startService(service: Worker, signal: AbortSignal): void {
  void service.run('mail');
}

// No signal in scope: this call keeps working without one, and the finding lists it.
export function drainAudit(service: Worker): Promise<void> {
  return service.run('audit');
}
