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
