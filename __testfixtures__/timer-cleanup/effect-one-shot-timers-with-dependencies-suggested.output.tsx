import { useEffect } from 'react';
import { useUpdateEffect } from './hooks';

export function Status({ notice, show, poll, deps }: { notice: string; show: (text: string) => void; poll: () => void; deps: unknown[] }) {
  useEffect(() => {
    setTimeout(() => show(notice), 1000);
    const intervalId = setInterval(poll, 5000);
    return () => {
      clearInterval(intervalId);
    };
  }, [notice]);

  useEffect(() => {
    requestAnimationFrame(() => show('painted'));
  });

  useEffect(() => {
    requestIdleCallback(() => show('idle'));
  }, deps);

  useUpdateEffect(() => {
    setTimeout(() => show('updated'), 100);
  }, [notice]);

  return null;
}
