export type Job = (signal: AbortSignal) => Promise<void>;

export const settleFirst: Job = async (signal: AbortSignal) => {
  await new Promise((resolve, reject) => {
    if (signal.aborted) { reject(signal.reason); return; }
    const listening = new AbortController();
    const timer = setTimeout(() => { listening.abort(); resolve(undefined); }, 20);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { signal: listening.signal });
  });
  signal.throwIfAborted();
};
