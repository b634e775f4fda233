import { useEffect, useState } from 'react';

export function useScrolled(threshold: number): boolean {
  const [scrolled, setScrolled] = useState(false);
  useEffect(() => {
    window.addEventListener('scroll', () => setScrolled(window.scrollY > threshold), { passive: true });
  }, [threshold]);
  return scrolled;
}

export function useShortcut(key: string, action: () => void): void {
  useEffect(() => {
    // Fires on the whole page.
    document.addEventListener('keydown', (event) => {
      if (event.key === key) action();
    });
  }, [key, action]);
}

export function useUnloadWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    window.addEventListener('beforeunload', function (event: BeforeUnloadEvent) {
      event.preventDefault();
    });
  }, [dirty]);
}
