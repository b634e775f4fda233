import { useCallback, useEffect, useRef } from 'react';

// Both interval handles live in refs, and cleanup() clears them in one loop over the refs,
// which the unmount effect runs: nothing to report.
export function useOAuthWindow(onDone: () => void) {
  const windowCheckRef = useRef<ReturnType<typeof setInterval> | null>(null);
  const pollRef = useRef<ReturnType<typeof setInterval> | null>(null);

  const cleanup = useCallback(() => {
    for (const ref of [windowCheckRef, pollRef]) {
      if (ref.current) {
        clearInterval(ref.current);
        ref.current = null;
      }
    }
  }, []);

  useEffect(() => () => cleanup(), [cleanup]);

  const watch = useCallback(
    (popup: Window) => {
      windowCheckRef.current = setInterval(() => {
        if (popup.closed) {
          cleanup();
          onDone();
        }
      }, 500);
    },
    [cleanup, onDone],
  );

  // A ref the loop does not list keeps its finding.
  const retryRef = useRef<ReturnType<typeof setInterval> | null>(null);
  const retry = useCallback(() => {
    retryRef.current = setInterval(onDone, 1_000);
  }, [onDone]);

  return { watch, retry };
}
