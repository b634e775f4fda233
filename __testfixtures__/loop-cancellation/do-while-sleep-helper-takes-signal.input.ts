function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

async function heartbeat(send: () => Promise<void>) {
  do {
    await send();
    await sleep(30_000);
  } while (true);
}

export function connect(send: () => Promise<void>) {
  const controller = new AbortController();
  void heartbeat(send);
  return () => controller.abort();
}
