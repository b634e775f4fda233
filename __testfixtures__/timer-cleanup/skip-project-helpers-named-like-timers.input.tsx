import { useEffect } from 'react';
import { setInterval, setTimeout } from './scheduler';

function requestAnimationFrame(callback: () => void): void {
  callback();
}

export function Scheduled({ tick }: { tick: () => void }) {
  useEffect(() => {
    setInterval(tick, 1000);
    setTimeout(tick, 1000);
    requestAnimationFrame(tick);
  }, [tick]);

  return null;
}
