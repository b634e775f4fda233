import { useEffect } from 'react';

// The callback calls `poll` again only under a test: not a plain loop, so
// every handle is kept (a suggestion), as for any timer a function starts.
export function StatusBadge({ refresh, shouldContinue }) {
  useEffect(() => {
    const timeoutIds = [];
    const poll = () => {
      timeoutIds.push(setTimeout(() => {
        refresh();
        if (shouldContinue()) poll();
      }, 5_000));
    };
    poll();
    return () => {
      for (const timeoutId of timeoutIds) clearTimeout(timeoutId);
    };
  }, [refresh, shouldContinue]);
  return null;
}
