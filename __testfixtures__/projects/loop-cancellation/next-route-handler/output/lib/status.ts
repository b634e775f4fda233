export async function followStatus(url: string, onStatus: (status: string) => void, signal?: AbortSignal) {
  while (!signal?.aborted) {
    onStatus(url);
    await abortableSleep(10, signal);
  }
}

/** Waits `ms`, or less when `signal` aborts (resolves either way). */
function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
