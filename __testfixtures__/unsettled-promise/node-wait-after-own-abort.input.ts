import type { Readable } from 'node:stream';

export async function abortBody(body: Readable, start: (signal: AbortSignal) => void): Promise<void> {
  const controller = new AbortController();
  start(controller.signal);
  controller.abort();
  await new Promise((resolve) => body.once('close', resolve));
}
