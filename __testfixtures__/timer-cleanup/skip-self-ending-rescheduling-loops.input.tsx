import { useEffect, useRef } from 'react';

export function Spinner({ draw }: { draw: (canvas: HTMLCanvasElement) => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  // Stops at the next frame once the cleanup clears the flag.
  useEffect(() => {
    let running = true;
    function frame() {
      if (!running) return;
      draw(canvasRef.current!);
      requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);
    return () => {
      running = false;
    };
  }, [draw]);

  // Reschedules itself only while there is time left.
  useEffect(() => {
    let remaining = 10;
    const countDown = () => {
      remaining -= 1;
      if (remaining > 0) setTimeout(countDown, 1_000);
    };
    countDown();
  }, []);

  return <canvas ref={canvasRef} />;
}
