// printWidth 80 (options.json): the added `options.signal.addEventListener('abort', ...)` is too
// long on one line, and still too long with `{ once: true }` broken: one argument per line.
export async function pollReconnect(options: { signal: AbortSignal }, reconnect: () => void): Promise<void> {
  if (!options.signal.aborted) {
    const reconnectTimeoutId = setInterval(reconnect, 5_000);
    await new Promise((resolve) => options.signal.addEventListener('abort', resolve, { once: true }));
  }
}
