import { useIsomorphicLayoutEffect } from './hooks';

export function Marquee({ step }: { step: () => void }) {
  useIsomorphicLayoutEffect(() => {
    setInterval(step, 50);
  }, [step]);

  useIsomorphicLayoutEffect(() => setInterval(step, 500), []);

  return null;
}
