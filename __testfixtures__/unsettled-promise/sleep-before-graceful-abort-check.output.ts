// The loop checks the signal itself after each sleep and returns: a sleep that rejects on
// abort would turn that clean end into a thrown error, so the fix is a suggestion.
export async function* streamLogs(queue: string[], signal?: AbortSignal): AsyncGenerator<string> {
  while (queue.length > 0) {
    const next = queue.shift();
    if (next) yield next;
    await new Promise((r) => setTimeout(r, 50));
    if (signal?.aborted) {
      return;
    }
  }
}

// Beside it: nothing here looks at the signal after the sleep, so tying the sleep to it is auto.
export async function pollStatus(check: () => Promise<boolean>, signal: AbortSignal): Promise<void> {
  while (!(await check())) {
    await new Promise((r, reject) => {
      if (signal.aborted) { reject(signal.reason); return; }
      const listening = new AbortController();
      const timer = setTimeout(() => { listening.abort(); r(undefined); }, 1000);
      signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { signal: listening.signal });
    });
  }
}
