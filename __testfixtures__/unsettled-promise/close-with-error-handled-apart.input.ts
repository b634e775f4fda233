import { Readable } from 'node:stream';

export async function countUntilStopped(source: Readable): Promise<number> {
  let seen = 0;
  source.on('data', () => {
    seen += 1;
  });
  // Stopping the source early makes it fail; that failure is expected here.
  source.on('error', () => {});
  const stopped = new Promise((resolve) => {
    source.on('close', resolve);
  });
  source.destroy();
  await stopped;
  return seen;
}
