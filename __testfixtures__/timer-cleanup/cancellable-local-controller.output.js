export function startSync(sync) {
  const controller = new AbortController();
  const intervalId = setInterval(() => sync(controller.signal), 60_000);
  controller.signal.addEventListener('abort', () => clearInterval(intervalId), { once: true });
  return controller;
}
