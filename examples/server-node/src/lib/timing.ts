/** Delays, retries and keep-alive pings. */

/** A plain delay, for code that has no signal to honour. */
export function sleep(ms: number): Promise<void> {
  // safe: a one-shot timeout outside any owner scope, with no signal in scope to honour.
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface RetryOptions {
  attempts?: number;
  delayMs?: number;
  signal: AbortSignal;
}

/** Runs `task` up to `attempts` times with a growing pause in between. */
export async function retry<T>(task: (signal: AbortSignal) => Promise<T>, { attempts = 3, delayMs = 1_000, signal }: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task(signal);
    } catch (error) {
      lastError = error;
      if (signal.aborted) break;
      // leak (unsettled-promise, auto): the pause ignores `signal`; an aborted caller still
      // waits out the whole delay before it hears about the abort.
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
  throw lastError;
}

export interface Pingable {
  ping(): void;
}

/** Pings `socket` every `intervalMs` so idle proxies do not drop it. */
export function keepAlive(socket: Pingable, intervalMs = 30_000): void {
  // leak (timer-cleanup, suggestion): the interval outlives the socket. This function has no
  // owner and no signal, so unleak cannot know when to stop; it suggests a fix for review.
  setInterval(() => socket.ping(), intervalMs);
}

/** The same, for callers that can say when to stop. */
export function keepAliveUntil(socket: Pingable, { signal }: { signal: AbortSignal }, intervalMs = 30_000): void {
  // leak (timer-cleanup, auto): `signal` is right there but never used; the fix clears the
  // interval when it aborts.
  setInterval(() => socket.ping(), intervalMs);
}

/** Pings until the upstream answers, at most ten times. */
export function pingUntilReady(ping: () => boolean, intervalMs = 500): void {
  let tries = 0;
  // safe: the interval clears itself from its own callback.
  const interval = setInterval(() => {
    if (ping() || ++tries >= 10) clearInterval(interval);
  }, intervalMs);
}
