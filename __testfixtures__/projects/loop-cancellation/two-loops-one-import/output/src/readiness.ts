/** Waits `ms`, or less when `signal` aborts (resolves either way). */
function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = new AbortController();
    const timer = setTimeout(() => done.abort(), ms);
    done.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
    signal?.addEventListener('abort', () => done.abort(), { signal: done.signal });
  });
}

// Two polling loops in one file: each fix gives its loop a signal and an abortable sleep, and
// both insert the same sleep helper (or `node:timers/promises` import) at the same place. It is
// added once and both fixes apply (before: the second was dropped as overlapping the first, and
// the run exited 2).
declare function isServiceUp(name: string): Promise<boolean>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForDatabase(signal?: AbortSignal): Promise<void> {
  for (; !signal?.aborted;) {
    if (await isServiceUp('database')) break;
    await abortableSleep(500, signal);
  }
}

async function waitForQueue(signal?: AbortSignal): Promise<void> {
  for (; !signal?.aborted;) {
    if (await isServiceUp('queue')) break;
    await abortableSleep(500, signal);
  }
}

export async function waitForBackends(): Promise<void> {
  await waitForDatabase();
  await waitForQueue();
}
