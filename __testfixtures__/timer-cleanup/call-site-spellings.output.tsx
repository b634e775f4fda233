import { useEffect } from 'react';

export function Spellings({ tick }: { tick: () => void }) {
  useEffect(() => {
    const intervalId = (setInterval as any)(tick, 1000);
    return () => {
      clearInterval(intervalId);
    };
  }, [tick]);

  useEffect(() => {
    const intervalId = setInterval(tick, 1000) as unknown as number;
    return () => {
      clearInterval(intervalId);
    };
  }, [tick]);

  useEffect(() => {
    const timeoutId = self.setTimeout(tick, 10);
    return () => {
      clearTimeout(timeoutId);
    };
  }, [tick]);

  useEffect(() => {
    const frameId = globalThis.requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frameId);
    };
  }, [tick]);

  return null;
}
