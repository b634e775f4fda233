import { useEffect } from 'react';

export function Canvas({ draw, refresh }: { draw: () => void; refresh: () => void }) {
  useEffect(() => {
    function frame() {
      draw();
      frameId = requestAnimationFrame(frame);
    }
    let frameId = requestAnimationFrame(frame);
    return () => {
      cancelAnimationFrame(frameId);
    };
  }, [draw]);

  useEffect(() => {
    let timeoutId: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      refresh();
      timeoutId = setTimeout(poll, 5_000);
    };
    poll();
    return () => {
      clearTimeout(timeoutId);
    };
  }, [refresh]);

  return null;
}
