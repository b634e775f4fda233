import type { Readable } from 'node:stream';

declare function readChunk(source: Readable): Promise<Buffer>;
declare function upload(body: Readable, signal: AbortSignal): Promise<void>;

// A listener aborts the controller while the loop runs: the loop checks `controller.signal`.
export async function pump(source: Readable, sink: Readable & { push(chunk: Buffer): boolean }) {
  const controller = new AbortController();
  source.once('close', () => controller.abort());
  upload(sink, controller.signal).catch(() => {});
  try {
    while (true) {
      const chunk = await readChunk(source);
      sink.push(chunk);
    }
  } finally {
    sink.destroy();
  }
}
