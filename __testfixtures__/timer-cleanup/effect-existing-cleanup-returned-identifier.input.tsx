import { useEffect } from 'react';

export function Resize({ onResize }: { onResize: () => void }) {
  useEffect(() => {
    window.addEventListener('resize', onResize);
    requestAnimationFrame(onResize);
    function cleanup() {
      window.removeEventListener('resize', onResize);
    }
    return cleanup;
  }, [onResize]);

  useEffect(() => {
    setTimeout(onResize, 100);
    const stop = () => console.debug('stopped');
    return stop;
  }, [onResize]);

  return null;
}
