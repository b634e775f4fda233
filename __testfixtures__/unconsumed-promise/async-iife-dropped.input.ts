export function startSync(store: { sync(): Promise<void> }) {
  // An async IIFE: its rejection goes nowhere.
  (async () => {
    await store.sync();
  })();

  (async function refresh() {
    await store.sync();
  })();
}
