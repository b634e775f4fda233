import type { EventEmitter } from 'node:events';

export function nextJob(queue: EventEmitter, signal: AbortSignal): Promise<unknown> {
  return new Promise((resolve) => {
    queue.once('job', resolve);
    signal.addEventListener('abort', () => resolve(null), { once: true });
  });
}
