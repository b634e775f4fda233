async function load(): Promise<number> {
  return 1;
}

function startSync(onCount: (count: number) => void) {
  const sync = async () => {
    onCount(await load());
    setTimeout(sync, 60_000);
  };
  setTimeout(sync, 1000);
}

export function init(onCount: (count: number) => void) {
  startSync(onCount);
}
