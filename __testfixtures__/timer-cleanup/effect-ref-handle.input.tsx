import { useEffect, useRef } from 'react';

export function Spinner({ spin }: { spin: () => void }) {
  const intervalRef = useRef<number | null>(null);
  const frameRef = useRef<number>();

  useEffect(() => {
    intervalRef.current = window.setInterval(spin, 16);
  }, [spin]);

  useEffect(() => {
    frameRef.current = requestAnimationFrame(spin);
  }, [spin]);

  return null;
}
