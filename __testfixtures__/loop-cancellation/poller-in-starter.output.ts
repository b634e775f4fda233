function refresh(): void {
  console.log('refresh');
}

function startPolling(intervalMs: number, signal?: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
  function poll() {
    if (signal?.aborted) return;
    refresh();
    timer = setTimeout(poll, intervalMs);
  }
  poll();
}

export function mountDashboard(signal: AbortSignal) {
  startPolling(10_000, signal);
  return signal;
}
