import { useEffect } from 'react';

// The timeout's callback calls `poll` again: one round is pending at a time,
// so the latest handle is the one to clear.
export function StatusBadge({ refresh }) {
  useEffect(() => {
    let timeoutId;
    const poll = () => {
      timeoutId = setTimeout(() => {
        refresh();
        poll();
      }, 5_000);
    };
    poll();
    return () => {
      clearTimeout(timeoutId);
    };
  }, [refresh]);
  return null;
}
