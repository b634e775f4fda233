import { Readable } from 'node:stream';
import { once } from 'node:events';

export async function countUntilStopped(source: Readable): Promise<number> {
  let seen = 0;
  source.on('data', () => {
    seen += 1;
  });
  const stopped = once(source, 'close', { signal: AbortSignal.timeout(30_000) }).then(([value]) => value);
  source.destroy();
  await stopped;
  return seen;
}
