import { setTimeout as sleep } from 'node:timers/promises';

// Parameters written one a line, with a trailing comma: the signal gets a line of its own, and
// so it does at a call written one argument a line.
async function pollQueue(
  queueName: string,
  intervalMs: number,
) {
  while (true) {
    console.log('polling', queueName);
    await sleep(intervalMs);
  }
}

export async function serve(signal: AbortSignal) {
  void pollQueue(
    'jobs',
    1000,
  );
}
