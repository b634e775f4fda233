// A controller nothing reads: no request was given its signal, so never aborting it ends nothing.
export class StreamWriter {
  private controller = new AbortController();
  private retries = 0;

  constructor(private readonly url: string) {}

  async write(chunk: string): Promise<void> {
    this.retries = 0;
    await fetch(this.url, { method: 'POST', body: chunk });
  }

  dispose(): void {
    this.retries = 0;
  }
}

// Beside it, a controller whose signal the requests get, never aborted when the object goes.
export class StreamReader {
  private controller = new AbortController();

  constructor(private readonly url: string) {}

  async read(): Promise<string> {
    const res = await fetch(this.url, { signal: this.controller.signal });
    return res.text();
  }

  dispose(): void {
    console.log('reader disposed');
    this.controller.abort();
  }
}

// Destructuring elsewhere in the class is no read of the controller; `const { … } = this` would be.
export class ChunkPump {
  private controller = new AbortController();

  constructor(private readonly reader: ReadableStreamDefaultReader<string>) {}

  async pump(onChunk: (chunk: string) => void): Promise<void> {
    for (;;) {
      const { done, value } = await this.reader.read();
      if (done) return;
      onChunk(value);
    }
  }
}
