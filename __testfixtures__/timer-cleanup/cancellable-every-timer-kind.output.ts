export function animate(draw: () => void, signal: AbortSignal): void {
  const intervalId = setInterval(draw, 1000);
  signal.addEventListener('abort', () => clearInterval(intervalId), { once: true });
  const timeoutId = setTimeout(draw, 10);
  signal.addEventListener('abort', () => clearTimeout(timeoutId), { once: true });
  const frameId = requestAnimationFrame(draw);
  signal.addEventListener('abort', () => cancelAnimationFrame(frameId), { once: true });
  const idleCallbackId = requestIdleCallback(draw);
  signal.addEventListener('abort', () => cancelIdleCallback(idleCallbackId), { once: true });
}
