import { EventEmitter } from 'node:events';

// Medium: the executor reads `body` as a Node stream ('readable' and read()), and a stream is
// destroyed after an 'error' as after its end, so its 'close' follows both.
export function collectChunks(body: any, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve) => {
    body.on('readable', () => {
      let chunk;
      while ((chunk = body.read()) !== null) onChunk(chunk);
    });
    body.on('close', () => resolve());
  });
}

// Still high: the stream read is another one; nothing says `handle` closes after a failure.
export function waitForHandle(source: any, handle: any, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve) => {
    source.on('data', (chunk: Uint8Array) => onChunk(chunk));
    handle.on('close', () => resolve());
  });
}

// Still high: a 'data' listener alone does not make a stream; this emitter of the app's own emits
// 'close' only when closed by hand, so after an 'error' the wait stays pending.
export class DeviceLink extends EventEmitter {
  push(bytes: Uint8Array): void {
    this.emit('data', bytes);
  }
}

export function gather(link: DeviceLink): Promise<Uint8Array[]> {
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    link.on('data', (part: Uint8Array) => parts.push(part));
    link.on('close', () => resolve(parts));
  });
}
