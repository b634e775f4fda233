import { useEffect } from 'react';

export function Canvas({ draw, refresh }: { draw: () => void; refresh: () => void }) {
  useEffect(() => {
    function frame() {
      draw();
      requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);
  }, [draw]);

  useEffect(() => {
    const poll = () => {
      refresh();
      setTimeout(poll, 5_000);
    };
    poll();
  }, [refresh]);

  return null;
}
