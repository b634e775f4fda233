import { useEffect } from 'react';

export function Clock({ onTick }: { onTick: () => void }) {
  useEffect(() => {
    function tick() {
      onTick();
      setTimeout(tick, 1000);
    }
    tick();
  }, [onTick]);
  return null;
}
