export async function retry<T>(work: () => Promise<T>, { signal }: { signal?: AbortSignal } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise<void>((resolve, reject) => {
        if (signal?.aborted) { reject(signal.reason); return; }
        const listening = new AbortController();
        const timer = setTimeout(() => { listening.abort(); resolve(undefined); }, attempt * 500);
        signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal?.reason); }, { signal: listening.signal });
      });
    }
  }
}
