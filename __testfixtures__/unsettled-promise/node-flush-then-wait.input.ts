import type { EventEmitter } from 'node:events';

export interface Queue extends EventEmitter {
  flush(): void;
}

export async function flushAndWait(queue: Queue, signal: AbortSignal): Promise<void> {
  await new Promise((resolve) => {
    queue.once('drained', resolve);
    queue.flush();
  });
}
