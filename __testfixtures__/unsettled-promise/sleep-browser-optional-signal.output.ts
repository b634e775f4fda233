export async function retry<T>(work: () => Promise<T>, { signal }: { signal?: AbortSignal } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise<void>((resolve, reject) => {
        if (signal?.aborted) { reject(signal.reason); return; }
        const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(undefined); }, attempt * 500);
        const onAbort = () => { clearTimeout(timer); reject(signal?.reason); };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  }
}
