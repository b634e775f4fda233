import { useEffect } from 'react';

// The timeout's callback calls `poll` again: one round is pending at a time,
// so the latest handle is the one to clear.
export function StatusBadge({ refresh }) {
  useEffect(() => {
    const poll = () => {
      setTimeout(() => {
        refresh();
        poll();
      }, 5_000);
    };
    poll();
  }, [refresh]);
  return null;
}
