import { useEffect, useRef } from 'react';

// The guard is set in another branch, or by the timer's own callback: a re-run before the call
// fires finds it unset and schedules the call again, so the cancelling fix stays a suggestion.
export function CrossFade({ src, fadeMs, swap }: { src: string; fadeMs: number; swap: (next: string) => void }) {
  const shown = useRef(src);
  useEffect(() => {
    if (src === shown.current) return;
    if (fadeMs === 0) {
      shown.current = src;
      swap(src);
      return;
    }
    const timeoutId = setTimeout(() => {
      shown.current = src;
      swap(src);
    }, fadeMs);
    return () => {
      clearTimeout(timeoutId);
    };
  }, [src, fadeMs, swap]);
  return null;
}
