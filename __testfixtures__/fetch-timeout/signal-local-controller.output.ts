export function startPolling(url: string, onData: (data: unknown) => void) {
  const controller = new AbortController();
  fetch(url, { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]) })
    .then((res) => res.json())
    .then(onData);
  return () => controller.abort();
}
