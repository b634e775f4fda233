import { useEffect } from 'react';

let intervalId = null;
let pollId = null;

// Suggestion: the module-level handle is also the "already started" flag; a cleanup that
// clears the interval but leaves the flag set would stop the next run from starting it again.
export function ErrorsBadge({ projects, refresh }) {
  useEffect(() => {
    if (projects.length === 0 || !!intervalId) return;
    intervalId = setInterval(() => {
      refresh();
    }, 60000);
  }, [projects, refresh]);
  return null;
}

// Auto: the same module-level handle, not tested anywhere.
export function Poller({ refresh }) {
  useEffect(() => {
    pollId = setInterval(refresh, 60000);
  }, [refresh]);
  return null;
}
