import { useEffect, useRef } from 'react';
import { interval } from 'rxjs';

export function Handles({ url, count$ }: { url: string; count$: { subscribe(fn: (n: number) => void): () => void } }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const observer = new ResizeObserver(() => console.log('resized'));
    observer.observe(canvas.current!);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const scrollRoot = canvas.current;
    if (!scrollRoot) return undefined;
    const observer = new IntersectionObserver(() => console.log('visible'));
    observer.observe(scrollRoot);
    return () => {
      observer.unobserve(scrollRoot);
    };
  }, []);
  useEffect(() => {
    const socket = new WebSocket(url);
    socket.onclose = () => console.log('closed');
    socket.onmessage = (message) => {
      if (message.data === 'bye') socket.close();
    };
  }, [url]);
  useEffect(() => {
    const worker = new Worker('/crunch.js');
    worker.onmessage = () => worker.terminate();
    const subscription = interval(1000).subscribe(() => console.log('tick'));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 5000);
    return () => subscription.unsubscribe();
  }, []);
  useEffect(() => count$.subscribe((n) => console.log(n)), [count$]);
  useEffect(() => {
    const stop = count$.subscribe((n) => console.log(n));
    return stop;
  }, [count$]);
  useEffect(() => {
    new ResizeObserver(() => console.log('observes nothing'));
  }, []);
  return <canvas ref={canvas} />;
}
