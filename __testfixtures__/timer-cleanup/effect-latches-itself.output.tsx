import { useEffect, useState } from 'react';

// The effect sets `started`, one of its dependencies, and returns once it is set: a cleanup would
// run at the re-render `setStarted(true)` causes and stop the interval for good. No fix.
export function Blinker({ element }: { element: HTMLElement | null }) {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (!element || started) return;
    setStarted(true);
    setInterval(() => element.classList.toggle('blink'), 1000);
  }, [element, started]);
  return null;
}

// The effect sets `seen`, one of its dependencies, but does not return on it: the re-run starts the
// interval again, so the cleanup is the fix.
export function Ticker({ element }: { element: HTMLElement | null }) {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (!element) return;
    setSeen(true);
    const intervalId = setInterval(() => element.classList.toggle('blink'), 1000);
    return () => {
      clearInterval(intervalId);
    };
  }, [element, seen]);
  return seen ? null : null;
}
