import { useEffect } from 'react';

export function Spellings({ tick }: { tick: () => void }) {
  useEffect(() => {
    (setInterval as any)(tick, 1000);
  }, [tick]);

  useEffect(() => {
    setInterval(tick, 1000) as unknown as number;
  }, [tick]);

  useEffect(() => {
    self.setTimeout(tick, 10);
  }, [tick]);

  useEffect(() => {
    void globalThis.requestAnimationFrame(tick);
  }, [tick]);

  return null;
}
