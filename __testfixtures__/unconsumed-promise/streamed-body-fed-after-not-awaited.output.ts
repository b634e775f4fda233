import { PassThrough, type Readable } from 'node:stream';

async function upload(options: { url: string; body: Readable }): Promise<void> {
  options.body.resume();
}

declare function readChunk(): Promise<Buffer | undefined>;
declare function showError(error: unknown): void;

// The request's body is fed by the loop after it: awaiting upload() first would wait for ever.
export async function transmit(url: string): Promise<void> {
  const body = new PassThrough();
  try {
    void upload({ url, body }).catch((error) => console.error(error));
    for (let chunk = await readChunk(); chunk; chunk = await readChunk()) {
      body.push(chunk);
    }
  } catch (error) {
    showError(error);
  } finally {
    body.end();
  }
}

// The real leak next to it: the body is complete before the call, so the catch was written for
// upload()'s failure — await it (a suggestion).
export async function transmitAll(url: string, chunks: Buffer[]): Promise<void> {
  const body = new PassThrough();
  for (const chunk of chunks) body.push(chunk);
  body.end();
  try {
    await upload({ url, body });
  } catch (error) {
    showError(error);
  }
}
