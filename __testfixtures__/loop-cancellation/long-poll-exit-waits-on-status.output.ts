/** Waits `ms`, or less when `signal` aborts (resolves either way). */
function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = new AbortController();
    const timer = setTimeout(() => done.abort(), ms);
    done.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
    signal?.addEventListener('abort', () => done.abort(), { signal: done.signal });
  });
}

async function getVersion(): Promise<number> {
  const res = await fetch('https://status.example/version', { signal: AbortSignal.timeout(2000) });
  return ((await res.json()) as { version: number }).version;
}

// A long poll: it ends only when the status changes, which may be never.
export async function GET(request: Request) {
  const since = Number(new URL(request.url).searchParams.get('since') ?? 0);
  while (true) {
    request.signal.throwIfAborted();
    const version = await getVersion();
    if (version > since) return Response.json({ version });
    await abortableSleep(1000, request.signal);
  }
}
