import { useEffect } from 'react';

export function useResize(onResize) {
  useEffect(() => window.addEventListener('resize', onResize), [onResize]);
}
