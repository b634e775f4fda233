import { useEffect, useRef } from 'react';

export function RefReleased({ tick }: { tick: () => void }) {
  const timerRef = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(() => {
    timerRef.current = setInterval(tick, 1000);
    return () => {
      if (timerRef.current !== null) {
        clearInterval(timerRef.current);
      }
    };
  }, [tick]);

  return null;
}
