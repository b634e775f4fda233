import type { Readable } from 'node:stream';
import { once } from 'node:events';

export async function abortBody(body: Readable, start: (signal: AbortSignal) => void): Promise<void> {
  const controller = new AbortController();
  start(controller.signal);
  controller.abort();
  await once(body, 'close', { signal: AbortSignal.timeout(30_000) });
}
