function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

async function heartbeat(send: () => Promise<void>, signal?: AbortSignal) {
  do {
    await send();
    await sleep(30_000, signal);
  } while (!signal?.aborted);
}

export function connect(send: () => Promise<void>) {
  const controller = new AbortController();
  void heartbeat(send, controller.signal);
  return () => controller.abort();
}
