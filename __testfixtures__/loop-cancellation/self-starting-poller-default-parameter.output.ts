let rounds = 0;

export function refreshStatus(delayMs = 5_000, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  rounds += 1;
  const timer = setTimeout(() => {
    signal?.removeEventListener('abort', stop);
    refreshStatus(undefined, signal);
  }, delayMs);
  const stop = () => clearTimeout(timer);
  signal?.addEventListener('abort', stop, { once: true });
}
