// The guard's `return;` starts nothing and still returns nothing: the stop function's type
// must allow it, or the function no longer type-checks.
export function startHeartbeat(send: () => void, enabled: boolean): (() => void) | undefined {
  if (!enabled) {
    return;
  }
  const intervalId = setInterval(send, 30_000);
  return () => {
    clearInterval(intervalId);
  };
}
