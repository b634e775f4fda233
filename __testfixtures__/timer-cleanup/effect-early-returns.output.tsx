import { useEffect } from 'react';

export function Poller({ enabled, paused, poll }: { enabled: boolean; paused: boolean; poll: () => void }) {
  useEffect(() => {
    if (!enabled) return;
    const intervalId = setInterval(poll, 1000);
    return () => {
      clearInterval(intervalId);
    };
  }, [enabled, poll]);

  useEffect(() => {
    const id = setInterval(poll, 5000);
    if (paused) {
      return () => {
        clearInterval(id);
      };
    }
    poll();
    return () => {
      clearInterval(id);
    };
  }, [paused, poll]);

  return null;
}
