// A polling helper that hands back a way to stop it: its callers own the polling.
function startPolling(task: () => Promise<void>, intervalMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const tick = () => {
    void task()
      .catch((error) => console.error(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

async function refreshPrices(): Promise<void> {}

export function watchPrices(): () => void {
  return startPolling(refreshPrices, 15_000);
}

export function pollWithoutStop(task: () => Promise<void>): () => number {
  const tick = () => {
    void task().then(() => setTimeout(tick, 1_000));
  };
  tick();
  return () => 0;
}
