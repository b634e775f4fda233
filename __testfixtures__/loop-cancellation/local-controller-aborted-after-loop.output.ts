import type { Readable } from 'node:stream';

declare function readChunk(source: Readable): Promise<Buffer>;
declare function upload(body: Readable, signal: AbortSignal): Promise<void>;

// The controller ends the upload the loop feeds: only the loop's own `finally` aborts it, so
// `controller.signal` can never stop the loop. The function gets a signal of its own.
export async function pump(source: Readable, sink: Readable & { push(chunk: Buffer): boolean }, signal?: AbortSignal) {
  const controller = new AbortController();
  upload(sink, controller.signal).catch(() => {});
  try {
    while (!signal?.aborted) {
      const chunk = await readChunk(source);
      sink.push(chunk);
    }
  } finally {
    sink.destroy();
    controller.abort();
  }
}
