export function startPolling(url: string, onData: (data: unknown) => void) {
  const controller = new AbortController();
  fetch(url)
    .then((res) => res.json())
    .then(onData);
  return () => controller.abort();
}
