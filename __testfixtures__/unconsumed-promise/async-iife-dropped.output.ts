export function startSync(store: { sync(): Promise<void> }) {
  // An async IIFE: its rejection goes nowhere.
  void (async () => {
    await store.sync();
  })().catch((error) => console.error(error));

  void (async function refresh() {
    await store.sync();
  })().catch((error) => console.error(error));
}
