// printWidth 80 (options.json): the added abort listener is 84 columns on one line: its
// `{ once: true }` is broken, as prettier breaks a last object argument.
export async function poll(signal: AbortSignal, tick: () => void): Promise<void> {
  const intervalId = setInterval(tick, 5_000);
  signal.addEventListener('abort', () => clearInterval(intervalId), {
    once: true,
  });
  await new Promise((resolve) => signal.addEventListener('abort', resolve));
}
