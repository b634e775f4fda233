async function pollStatus(url: string, onStatus: (status: string) => void, signal?: AbortSignal) {
  for (; !signal?.aborted;) {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    onStatus(await res.text());
    await abortableSleep(2000, signal);
  }
}

export function watchStatus(url: string, onStatus: (status: string) => void, options: { signal?: AbortSignal } = {}) {
  void pollStatus(url, onStatus, options.signal).catch(console.error);
  return options;
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
