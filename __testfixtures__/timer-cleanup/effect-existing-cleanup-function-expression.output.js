import { useEffect } from 'react';

export function Slideshow({ next }) {
  useEffect(function rotate() {
    const intervalId = setInterval(next, 4000);
    return function stop() {
      console.debug('slideshow stopped');
      clearInterval(intervalId);
    };
  }, [next]);

  return null;
}
