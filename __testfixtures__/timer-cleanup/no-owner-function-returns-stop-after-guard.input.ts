// The guard's `return;` starts nothing and still returns nothing: the stop function's type
// must allow it, or the function no longer type-checks.
export function startHeartbeat(send: () => void, enabled: boolean): void {
  if (!enabled) {
    return;
  }
  setInterval(send, 30_000);
}
