import type { EventEmitter } from 'node:events';
import { once } from 'node:events';

export interface Queue extends EventEmitter {
  flush(): void;
}

export async function flushAndWait(queue: Queue, signal: AbortSignal): Promise<void> {
  const drainedEvent = once(queue, 'drained', { signal });
  queue.flush();
  await drainedEvent;
}
