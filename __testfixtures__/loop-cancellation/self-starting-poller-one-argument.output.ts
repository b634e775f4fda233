let incidents: string[] = [];

async function loadIncidents(): Promise<string[]> {
  return [];
}

export async function refreshIncidents(signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return;
  incidents = await loadIncidents();
  const timer = setTimeout(() => {
    signal?.removeEventListener('abort', stop);
    void refreshIncidents(signal);
  }, 30_000);
  const stop = () => clearTimeout(timer);
  signal?.addEventListener('abort', stop, { once: true });
}
