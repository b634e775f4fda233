import { useCallback, useEffect, useRef, useState } from 'react';

// The same loop, and a second effect clears its latest handle on unmount: stopped.
export function DayHeader({ view }: { view: string }) {
  const updateTimeout = useRef<ReturnType<typeof setTimeout>>();
  const [today, setToday] = useState(() => new Date().toDateString());

  const scheduleUpdate = useCallback(() => {
    clearTimeout(updateTimeout.current);
    setToday(new Date().toDateString());
    updateTimeout.current = setTimeout(scheduleUpdate, 60_000);
  }, []);

  useEffect(() => {
    if (view !== 'agenda') {
      scheduleUpdate();
    }
  }, [view, scheduleUpdate]);

  useEffect(() => () => clearTimeout(updateTimeout.current), []);

  return <span>{today}</span>;
}

// A loop that ends itself once the component is gone (its own way out).
export function Ticker() {
  const mounted = useRef(true);
  const [count, setCount] = useState(0);
  const tick = useCallback(() => {
    if (!mounted.current) return;
    setCount((n) => n + 1);
    setTimeout(tick, 1_000);
  }, []);
  useEffect(() => {
    mounted.current = true;
    tick();
    return () => {
      mounted.current = false;
    };
  }, [tick]);
  return <span>{count}</span>;
}
