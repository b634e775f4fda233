import { useEffect, useRef } from 'react';

export function Spinner({ spin }: { spin: () => void }) {
  const intervalRef = useRef<number | null>(null);
  const frameRef = useRef<number>();

  useEffect(() => {
    intervalRef.current = window.setInterval(spin, 16);
    return () => {
      if (intervalRef.current !== null) clearInterval(intervalRef.current);
    };
  }, [spin]);

  useEffect(() => {
    frameRef.current = requestAnimationFrame(spin);
    return () => {
      if (frameRef.current !== undefined) cancelAnimationFrame(frameRef.current);
    };
  }, [spin]);

  return null;
}
