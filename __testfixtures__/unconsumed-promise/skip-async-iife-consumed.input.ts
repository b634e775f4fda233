export async function startSync(store: { sync(): Promise<void> }, onError: (error: unknown) => void) {
  // Explicitly dropped, handled, awaited or kept: nothing to report.
  void (async () => {
    await store.sync();
  })();

  (async () => {
    await store.sync();
  })().catch(onError);

  await (async () => {
    await store.sync();
  })();

  const done = (async () => {
    await store.sync();
  })();
  return done;
}

export function syncIife() {
  // Not async: no promise.
  (() => {
    console.log('ready');
  })();
}
