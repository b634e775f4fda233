import { useEffect, useRef, type RefObject } from 'react';

// The second frame is scheduled only when the first one fires, and the first one only behind
// the guard the effect flips: cancelling either in the cleanup would leave `restoring` set for
// good (the re-run finds the guard flipped and schedules neither again). Report-only.
export function useKeepScroll(ref: RefObject<HTMLElement>, enabled: boolean, restoring: { current: boolean }) {
  const wasEnabled = useRef(enabled);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    if (wasEnabled.current && !enabled) {
      const top = container.scrollTop;
      restoring.current = true;
      requestAnimationFrame(() => {
        container.scrollTop = top;
        requestAnimationFrame(() => {
          restoring.current = false;
        });
      });
    }
    wasEnabled.current = enabled;
  }, [enabled]);
}

// No guard: every run schedules both frames again, so cancelling them in the cleanup is safe to
// offer (a suggestion: a dependency change cancels them too).
export function useStickToBottom(ref: RefObject<HTMLElement>, count: number, scrolling: { current: boolean }) {
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    scrolling.current = true;
    requestAnimationFrame(() => {
      container.scrollTop = container.scrollHeight;
      requestAnimationFrame(() => {
        scrolling.current = false;
      });
    });
  }, [count]);
}
