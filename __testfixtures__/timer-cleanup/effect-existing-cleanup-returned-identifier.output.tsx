import { useEffect } from 'react';

export function Resize({ onResize }: { onResize: () => void }) {
  useEffect(() => {
    window.addEventListener('resize', onResize);
    const frameId = requestAnimationFrame(onResize);
    function cleanup() {
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(frameId);
    }
    return cleanup;
  }, [onResize]);

  useEffect(() => {
    const timeoutId = setTimeout(onResize, 100);
    const stop = () => {
      console.debug('stopped');
      clearTimeout(timeoutId);
    };
    return stop;
  }, [onResize]);

  return null;
}
