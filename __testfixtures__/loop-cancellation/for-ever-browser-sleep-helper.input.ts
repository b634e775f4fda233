const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function pollStatus(url: string, onStatus: (status: string) => void) {
  for (;;) {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    onStatus(await res.text());
    await sleep(2000);
  }
}

export function watchStatus(url: string, onStatus: (status: string) => void, options: { signal?: AbortSignal } = {}) {
  void pollStatus(url, onStatus).catch(console.error);
  return options;
}
