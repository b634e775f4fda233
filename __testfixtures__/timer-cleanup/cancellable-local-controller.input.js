export function startSync(sync) {
  const controller = new AbortController();
  setInterval(() => sync(controller.signal), 60_000);
  return controller;
}
