import { useEffect, useState } from 'react';

// The removal calls matchMedia() again: a new MediaQueryList, which never had the listener. The
// fix keeps the first one and removes from it; the chain the removal was broken over joins.
export function useDarkIcon(light: string, dark: string): string {
  const [icon, setIcon] = useState(light);
  useEffect(() => {
    const onThemeChange = (event: MediaQueryListEvent) => {
      setIcon(event.matches ? dark : light);
    };

    const mediaQuery = window.matchMedia('(prefers-color-scheme: dark)');
    mediaQuery.addEventListener('change', onThemeChange);

    return () => {
      mediaQuery.removeEventListener('change', onThemeChange);
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
    const mediaQuery = window.matchMedia('(min-width: 60em)');
    mediaQuery.addEventListener('change', onChange);
    return () => {
      mediaQuery // the query above
        .removeEventListener('change', onChange);
    };
  }, [narrow, wide]);
  return icon;
}
