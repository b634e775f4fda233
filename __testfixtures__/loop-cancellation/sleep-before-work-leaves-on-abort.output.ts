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

// The loop sleeps first and works after: a stopped loop must not save once more after the abort.
async function autosaveLoop(save: () => Promise<void>, delayMs: number, signal?: AbortSignal) {
  while (!signal?.aborted) {
    await abortableSleep(delayMs, signal);
    if (signal?.aborted) break;
    await save();
  }
}

export function startEditor(save: () => Promise<void>, options: { signal?: AbortSignal } = {}) {
  void autosaveLoop(save, 120_000, options.signal).catch(console.error);
}
