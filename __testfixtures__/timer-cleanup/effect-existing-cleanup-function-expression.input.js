import { useEffect } from 'react';

export function Slideshow({ next }) {
  useEffect(function rotate() {
    setInterval(next, 4000);
    return function stop() {
      console.debug('slideshow stopped');
    };
  }, [next]);

  return null;
}
