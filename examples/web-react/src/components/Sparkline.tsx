import { useEffect, useLayoutEffect, useRef, useState } from 'react';

function drawSparkline(context: CanvasRenderingContext2D, points: number[], width: number): void {
  const height = context.canvas.height;
  const max = Math.max(1, ...points);
  context.clearRect(0, 0, width, height);
  context.beginPath();
  points.forEach((point, index) => {
    const x = (index / Math.max(1, points.length - 1)) * width;
    context.lineTo(x, height - (point / max) * height);
  });
  context.stroke();
}

/** A latency sparkline that follows the width of its container. */
export function Sparkline({ points }: { points: number[] }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(120);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // leak (listener-cleanup, auto): the observer is never disconnected; it keeps the canvas
    // and this component's state setter reachable after unmount.
    const observer = new ResizeObserver((entries) => setWidth(entries[0]!.contentRect.width));
    observer.observe(canvas);
  }, []);

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    // leak (timer-cleanup, suggestion): the frame is never cancelled, so it can draw after unmount, and
    // fast prop changes queue several frames (the fix would cancel it on a prop change: review).
    requestAnimationFrame(() => drawSparkline(context, points, width));
  }, [points, width]);

  return <canvas ref={canvasRef} width={width} height={24} />;
}
