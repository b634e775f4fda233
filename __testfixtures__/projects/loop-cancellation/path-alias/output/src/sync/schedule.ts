import { drainQueue } from '@lib/queue';

type Job = (name: string) => Promise<void>;

export function schedule(job: Job, name: string): void {
  void job(name);
}

export function startQueues(): void {
  schedule(drainQueue, 'emails');
}
