import fs, { createReadStream } from 'node:fs';

/** Reads and parses a JSON file. */
export function readJsonFile<T>(file: string): Promise<T> {
  // leak (unsettled-promise, auto): on a read error the callback never settles the promise, so
  // the caller waits for ever; the fix adds the missing reject(error).
  return new Promise((resolve) => {
    fs.readFile(file, 'utf8', (error, text) => {
      if (!error) resolve(JSON.parse(text) as T);
    });
  });
}

/** Streams an exported history file, reporting progress once a second. Resolves with the byte count. */
export function importHistory(file: string, onProgress: (bytes: number) => void): Promise<number> {
  // safe: settles on both paths: resolves on 'end', rejects on 'error'.
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file);
    let bytes = 0;
    // safe: cleared in the stream's 'close' handler below (a release inside a callback counts).
    const progress = setInterval(() => onProgress(bytes), 1_000);
    stream.on('data', (chunk) => {
      bytes += chunk.length;
    });
    stream.on('close', () => clearInterval(progress));
    stream.on('error', reject);
    stream.on('end', () => resolve(bytes));
  });
}
