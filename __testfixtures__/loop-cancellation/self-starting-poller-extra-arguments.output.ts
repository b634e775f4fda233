const seen = new Map<string, number>();

// Refreshes one feed, then schedules the next round with the next attempt number.
export async function refreshFeed(feedId: string, attempt: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return;
  seen.set(feedId, attempt);
  const timer = setTimeout(() => {
    signal?.removeEventListener('abort', stop);
    void refreshFeed(feedId, attempt + 1, signal);
  }, 30_000);
  const stop = () => clearTimeout(timer);
  signal?.addEventListener('abort', stop, { once: true });
}
