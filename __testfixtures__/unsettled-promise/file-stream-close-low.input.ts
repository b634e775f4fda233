import { createWriteStream } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';

// A file stream closes after an 'error' as after its end: the wait for 'close' ends either way
// (report-only, low, no rewrite).
export async function exportTo(path: string, write: (output: Writable) => Promise<void>): Promise<void> {
  const output = createWriteStream(path);
  const closed = new Promise<void>((resolve) => output.on('close', () => resolve()));
  await write(output);
  await closed;
}

// The stream the name holds where the wait starts: a file stream in this branch.
export async function exportEither(path: string | null, write: (output: Writable) => Promise<void>, upload: (output: PassThrough) => Promise<void>): Promise<void> {
  let output: Writable;
  let done: Promise<void>;
  if (path) {
    output = createWriteStream(path);
    done = new Promise<void>((resolve) => output.on('close', () => resolve()));
  } else {
    output = new PassThrough();
    done = upload(output as PassThrough);
  }
  await write(output);
  await done;
}

// The real leak next to it: 'finish' never comes after an 'error' (a rewrite, high).
export async function copyTo(path: string, write: (output: Writable) => Promise<void>): Promise<void> {
  const output = createWriteStream(path);
  const finished = new Promise<void>((resolve) => output.on('finish', () => resolve()));
  await write(output);
  await finished;
}
