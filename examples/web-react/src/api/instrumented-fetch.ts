/**
 * The project's own `fetch`: the global one plus timing and a default deadline. Components
 * import this instead of using the global.
 */
export async function fetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const started = performance.now();
  try {
    // safe: a deadline is always set; the caller's own signal wins when it passes one.
    return await globalThis.fetch(input, { ...init, signal: init.signal ?? AbortSignal.timeout(10_000) });
  } finally {
    console.debug(`fetch ${String(input)} took ${Math.round(performance.now() - started)} ms`);
  }
}
