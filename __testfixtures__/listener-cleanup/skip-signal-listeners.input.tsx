import { useEffect } from 'react';

const pageController = new AbortController();

export function Signals({ signal }: { signal: AbortSignal }) {
  useEffect(() => {
    const controller = new AbortController();
    const alias = controller.signal;
    const again = alias;
    window.addEventListener('resize', () => console.log('resize'), { signal: again });
    window.addEventListener('focus', () => console.log('focus'), { passive: true, signal: pageController.signal });
    return () => {
      controller.abort();
      pageController.abort();
    };
  }, []);

  useEffect(() => {
    window.addEventListener('scroll', () => console.log('scroll'), { signal });
    window.addEventListener('online', () => console.log('online'), { signal: AbortSignal.timeout(60_000) });
  }, [signal]);

  return null;
}

export async function load(url: string, options: { signal?: AbortSignal } = {}): Promise<void> {
  window.addEventListener('offline', () => console.log('offline'), { signal: options.signal });
  await fetch(url, { signal: options.signal ?? null });
}
