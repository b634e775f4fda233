import { useEffect, useState } from 'react';

const DARK = '(prefers-color-scheme: dark)';

export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    window.matchMedia(DARK).addEventListener('change', onChange);
  }, []);
  return dark;
}

export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const onChange = () => setReduced(query.matches);
    query.addListener(onChange);
  }, []);
  return reduced;
}

export function useWide(): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    matchMedia('(min-width: 60em)').addListener((event) => setWide(event.matches));
  }, []);
  return wide;
}
