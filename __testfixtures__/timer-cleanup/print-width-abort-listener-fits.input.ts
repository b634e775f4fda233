// printWidth 100 (options.json): the added abort listener fits on one line and stays there.
export async function poll(signal: AbortSignal, tick: () => void): Promise<void> {
  setInterval(tick, 5_000);
  await new Promise((resolve) => signal.addEventListener('abort', resolve));
}
