import { useCallback, useEffect, useRef, useState } from 'react';

// A loop the component body keeps (a useCallback that reschedules itself), started by an
// effect that returns no cleanup: every mount leaves one more loop running after unmount.
// The clearTimeout inside the loop only replaces its pending round.
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

  return <span>{today}</span>;
}

// A function declaration whose inline callback calls it again; its handle is dropped, so
// there is nothing to clear: report-only.
export function Ticker() {
  const [count, setCount] = useState(0);
  function tick() {
    setCount((n) => n + 1);
    setTimeout(() => {
      tick();
    }, 1_000);
  }
  useEffect(() => {
    tick();
  }, []);
  return <span>{count}</span>;
}
