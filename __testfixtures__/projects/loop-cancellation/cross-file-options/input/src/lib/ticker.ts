export default function startTicker(onTick: () => void, intervalMs: number) {
  function tick() {
    onTick();
    setTimeout(tick, intervalMs);
  }
  tick();
}
