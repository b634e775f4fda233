import { useEffect, useLayoutEffect } from 'react';

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

export function useViewportHeight(onChange: (height: number) => void): void {
  useIsomorphicLayoutEffect(() => {
    const update = () => onChange(window.innerHeight);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('resize', update);
    };
  }, [onChange]);
}
