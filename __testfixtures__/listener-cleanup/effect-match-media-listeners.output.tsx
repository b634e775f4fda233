import { useEffect, useState } from 'react';

const DARK = '(prefers-color-scheme: dark)';

export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    const mediaQuery = window.matchMedia(DARK);
    mediaQuery.addEventListener('change', onChange);
    return () => {
      mediaQuery.removeEventListener('change', onChange);
    };
  }, []);
  return dark;
}

export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const onChange = () => setReduced(query.matches);
    query.addListener(onChange);
    return () => {
      query.removeListener(onChange);
    };
  }, []);
  return reduced;
}

export function useWide(): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const mediaQuery = matchMedia('(min-width: 60em)');
    const handleChange = (event: MediaQueryListEvent) => setWide(event.matches);
    mediaQuery.addListener(handleChange);
    return () => {
      mediaQuery.removeListener(handleChange);
    };
  }, []);
  return wide;
}
