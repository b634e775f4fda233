import { useIsomorphicLayoutEffect } from './hooks';

export function Marquee({ step }: { step: () => void }) {
  useIsomorphicLayoutEffect(() => {
    const intervalId = setInterval(step, 50);
    return () => {
      clearInterval(intervalId);
    };
  }, [step]);

  useIsomorphicLayoutEffect(() => {
    const intervalId = setInterval(step, 500);
    return () => {
      clearInterval(intervalId);
    };
  }, []);

  return null;
}
