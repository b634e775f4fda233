import { useEffect, useState } from 'react';

export function Preload({ src }: { src: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const image = new Image();
    image.addEventListener('load', () => setReady(true), { once: true });
    image.src = src;
    const script = document.createElement('script');
    script.addEventListener('error', () => setReady(false));
  }, [src]);
  useEffect(() => {
    const controller = new AbortController();
    controller.signal.addEventListener('abort', () => setReady(false), { once: true });
    return () => controller.abort();
  }, []);
  useEffect(() => {
    const source = new EventSource('/api/stream');
    source.addEventListener('ping', () => setReady(true));
    return () => source.close();
  }, []);
  return ready ? <img src={src} /> : null;
}
