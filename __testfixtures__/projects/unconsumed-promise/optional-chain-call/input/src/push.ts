// `x?.m()` is `Promise<void> | undefined` to the checker only because of the chain: it is
// `undefined` when `x` is nullish, where nothing runs and nothing can reject, and the method's
// promise otherwise. The `.catch` goes on the chain, which skips it with the call.
export async function disablePush(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  subscription?.unsubscribe();
  registration?.update();
}

interface Sync {
  flush?: () => Promise<void>;
  // May return nothing itself: the union is the method's, not the chain's.
  pending(): Promise<void> | undefined;
}

export function stop(sync: Sync | undefined): void {
  sync?.flush?.();
  sync?.pending();
}
