export default function startTicker(onTick: () => void, intervalMs: number, signal?: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
  function tick() {
    if (signal?.aborted) return;
    onTick();
    timer = setTimeout(tick, intervalMs);
  }
  tick();
}
