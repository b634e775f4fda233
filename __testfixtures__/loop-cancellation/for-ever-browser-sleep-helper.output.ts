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
