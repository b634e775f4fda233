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

async function watchJob(id: string, onUpdate: (state: string) => void, signal?: AbortSignal) {
  for (; !signal?.aborted;) {
    const res = await fetch(`https://jobs.example/${id}`, { signal: AbortSignal.timeout(5000) });
    onUpdate(await res.text());
    await abortableSleep(2000, signal);
  }
}

export async function GET(request: Request) {
  const stream = new TransformStream<string, string>();
  const writer = stream.writable.getWriter();
  void watchJob('42', (state) => void writer.write(state), request.signal);
  return new Response(stream.readable);
}
