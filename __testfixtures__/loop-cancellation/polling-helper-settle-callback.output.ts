// A project's polling helper: runs the task, waits for it to settle, then schedules the next round.
function startPolling(task: () => Promise<void>, intervalMs: number, signal?: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
  const tick = () => {
    if (signal?.aborted) return;
    void task()
      .catch((error) => console.error(error))
      .finally(() => (timer = setTimeout(tick, intervalMs)));
  };
  tick();
}

async function refreshPrices(): Promise<void> {}

export function watchPrices(signal: AbortSignal): void {
  startPolling(refreshPrices, 15_000, signal);
}

export function watchPricesForever(signal?: AbortSignal): void {
  startPolling(refreshPrices, 60_000, signal);
}
