import { useEffect } from 'react';

// The callback calls `poll` again only under a test: not a plain loop, so
// every handle is kept (a suggestion), as for any timer a function starts.
export function StatusBadge({ refresh, shouldContinue }) {
  useEffect(() => {
    const poll = () => {
      setTimeout(() => {
        refresh();
        if (shouldContinue()) poll();
      }, 5_000);
    };
    poll();
  }, [refresh, shouldContinue]);
  return null;
}
