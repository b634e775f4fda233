export function startPolling(refresh: () => void) {
  let timer: ReturnType<typeof setTimeout>;
  function poll() {
    refresh();
    timer = setTimeout(poll, 1000);
  }
  poll();
  return () => clearTimeout(timer);
}

export function startTicking(tick: () => void) {
  let stopped = false;
  function loop() {
    if (stopped) return;
    tick();
    setTimeout(loop, 1000);
  }
  loop();
  return { stop: () => (stopped = true) };
}
