import { useEffect, useState } from 'react';

// The removal calls matchMedia() again: a new MediaQueryList, which never had the listener. The
// fix keeps the first one and removes from it; the chain the removal was broken over joins.
export function useDarkIcon(light: string, dark: string): string {
  const [icon, setIcon] = useState(light);
  useEffect(() => {
    const onThemeChange = (event: MediaQueryListEvent) => {
      setIcon(event.matches ? dark : light);
    };

    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onThemeChange);

    return () => {
      window
        .matchMedia('(prefers-color-scheme: dark)')
        .removeEventListener('change', onThemeChange);
    };
  }, [dark, light]);
  return icon;
}

// The same, with a comment after the replaced call: the line break stays, and the comment with it.
export function useWideIcon(narrow: string, wide: string): string {
  const [icon, setIcon] = useState(narrow);
  useEffect(() => {
    const onChange = (event: MediaQueryListEvent) => {
      setIcon(event.matches ? wide : narrow);
    };
    window.matchMedia('(min-width: 60em)').addEventListener('change', onChange);
    return () => {
      window
        .matchMedia('(min-width: 60em)') // the query above
        .removeEventListener('change', onChange);
    };
  }, [narrow, wide]);
  return icon;
}
