async function load(): Promise<number> {
  return 1;
}

function startSync(onCount: (count: number) => void, signal?: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
  const sync = async () => {
    if (signal?.aborted) return;
    onCount(await load());
    timer = setTimeout(sync, 60_000);
  };
  timer = setTimeout(sync, 1000);
}

export function init(onCount: (count: number) => void) {
  startSync(onCount);
}
