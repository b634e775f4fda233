function refresh(): void {
  console.log('refresh');
}

function startPolling(intervalMs: number) {
  function poll() {
    refresh();
    setTimeout(poll, intervalMs);
  }
  poll();
}

export function mountDashboard(signal: AbortSignal) {
  startPolling(10_000);
  return signal;
}
