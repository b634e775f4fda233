// A project's polling helper: runs the task, waits for it to settle, then schedules the next round.
function startPolling(task: () => Promise<void>, intervalMs: number): void {
  const tick = () => {
    void task()
      .catch((error) => console.error(error))
      .finally(() => setTimeout(tick, intervalMs));
  };
  tick();
}

async function refreshPrices(): Promise<void> {}

export function watchPrices(signal: AbortSignal): void {
  startPolling(refreshPrices, 15_000);
}

export function watchPricesForever(): void {
  startPolling(refreshPrices, 60_000);
}
