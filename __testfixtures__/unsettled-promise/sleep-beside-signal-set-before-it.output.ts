export async function pollUntilReady(check: () => Promise<boolean>, options: { signal?: AbortSignal }): Promise<void> {
  let signal: AbortSignal | undefined;
  signal = options.signal ?? AbortSignal.timeout(30_000);
  while (!(await check())) {
    await new Promise((resolve, reject) => {
      if (signal?.aborted) { reject(signal.reason); return; }
      const listening = new AbortController();
      const timer = setTimeout(() => { listening.abort(); resolve(undefined); }, 250);
      signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal?.reason); }, { signal: listening.signal });
    });
  }
}
