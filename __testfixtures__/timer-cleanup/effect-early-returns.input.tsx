import { useEffect } from 'react';

export function Poller({ enabled, paused, poll }: { enabled: boolean; paused: boolean; poll: () => void }) {
  useEffect(() => {
    if (!enabled) return;
    setInterval(poll, 1000);
  }, [enabled, poll]);

  useEffect(() => {
    const id = setInterval(poll, 5000);
    if (paused) {
      return;
    }
    poll();
  }, [paused, poll]);

  return null;
}
