export function animate(draw: () => void, signal: AbortSignal): void {
  setInterval(draw, 1000);
  setTimeout(draw, 10);
  requestAnimationFrame(draw);
  requestIdleCallback(draw);
}
