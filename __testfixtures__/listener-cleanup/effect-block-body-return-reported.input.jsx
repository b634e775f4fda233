import { useEffect } from 'react';

export function useResize(onResize) {
  useEffect(() => {
    // addEventListener returns undefined: React gets no cleanup.
    return window.addEventListener('resize', onResize);
  }, [onResize]);
}
