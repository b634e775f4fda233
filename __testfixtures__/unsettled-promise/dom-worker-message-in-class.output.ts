export class Thumbnailer {
  private readonly worker = new Worker('/thumbnailer.js');

  async thumbnail(file: Blob, signal?: AbortSignal): Promise<unknown> {
    this.worker.postMessage(file);
    return new Promise((resolve, reject) => {
      if (signal?.aborted) { reject(signal.reason); return; }
      const listening = new AbortController();
      this.worker.addEventListener('message', (event) => { listening.abort(); resolve(event); }, { signal: listening.signal });
      this.worker.addEventListener('error', () => { listening.abort(); reject(new Error('error before message')); }, { signal: listening.signal });
      signal?.addEventListener('abort', () => { listening.abort(); reject(signal?.reason); }, { signal: listening.signal });
    });
  }

  dispose(): void {
    this.worker.terminate();
  }
}
