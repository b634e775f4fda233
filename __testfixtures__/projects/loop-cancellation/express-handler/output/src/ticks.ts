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

export async function streamTicks(write: (line: string) => void, signal?: AbortSignal) {
  while (!signal?.aborted) {
    write(new Date().toISOString());
    await abortableSleep(10, signal);
  }
}
