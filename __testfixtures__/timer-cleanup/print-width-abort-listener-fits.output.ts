// printWidth 100 (options.json): the added abort listener fits on one line and stays there.
export async function poll(signal: AbortSignal, tick: () => void): Promise<void> {
  const intervalId = setInterval(tick, 5_000);
  signal.addEventListener('abort', () => clearInterval(intervalId), { once: true });
  await new Promise((resolve) => signal.addEventListener('abort', resolve));
}
