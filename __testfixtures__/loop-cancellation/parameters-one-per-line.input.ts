import { setTimeout as sleep } from 'node:timers/promises';

// Parameters written one a line, with a trailing comma: the signal gets a line of its own.
async function pollQueue(
  queueName: string,
  intervalMs: number,
) {
  while (true) {
    console.log('polling', queueName);
    await sleep(intervalMs);
  }
}

// The same without a trailing comma: none is added after the new last parameter.
async function pollCache(
  cacheName: string,
  intervalMs: number
) {
  while (true) {
    console.log('polling', cacheName);
    await sleep(intervalMs);
  }
}

// A parameter list on one line keeps the signal on that line.
async function pollFeed(feedName: string, intervalMs: number) {
  while (true) {
    console.log('polling', feedName);
    await sleep(intervalMs);
  }
}

// Arguments written one a line: the signal gets a line of its own at the call too.
export async function serve(signal: AbortSignal) {
  void pollQueue(
    'jobs',
    1000,
  );
  void pollCache(
    'sessions',
    5000
  );
  void pollFeed('news', 60_000);
}
