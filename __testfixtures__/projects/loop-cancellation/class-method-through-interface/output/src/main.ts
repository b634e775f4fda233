import { Worker, type Job } from './worker.js';

export function startWorker(signal: AbortSignal) {
  void new Worker().run('jobs', signal);
}

// Through the interface: the call may reach another Job, whose run() takes no signal.
export function startJob(job: Job, signal: AbortSignal): void {
  void job.run('mail');
}
