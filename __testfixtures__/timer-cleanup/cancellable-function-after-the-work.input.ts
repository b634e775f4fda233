// Not a finding: a one-shot timer in `finally` is bookkeeping that must run however the work
// ended, an abort included.
export async function loadWidget(url: string, signal: AbortSignal, counter: { down(): void }) {
  try {
    const response = await fetch(url, { signal });
    return await response.json();
  } finally {
    setTimeout(() => {
      counter.down();
    }, 100);
  }
}

// Suggestion: started once the signalled request is over, in its `.then`; whether a later abort
// should cancel the page reload is for a person to decide.
export function post(url: string, signal: AbortSignal) {
  return fetch(url, { signal }).then((response) => {
    if (response.status === 401) {
      setTimeout(() => {
        window.location.reload();
      }, 3000);
    }
    return response.json();
  });
}

// Suggestion: a `const` for the handle, straight in a `case` clause, breaks no-case-declarations.
export async function poll(url: string, signal: AbortSignal, onRetry: () => void) {
  const response = await fetch(url, { signal });
  switch (response.status) {
    case 503:
      setTimeout(onRetry, 1000);
      return null;
    default:
      return response.json();
  }
}

// Auto: a timer of the work itself, tied to the signal.
export async function remind(signal: AbortSignal, onRemind: () => void) {
  setTimeout(onRemind, 5000);
  await fetch('/api/ping', { signal });
}
