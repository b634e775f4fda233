import { useEffect, useState } from 'react';

export function Preview({ src }: { src: string }) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const image = new Image();
    (async () => {
      image.src = src;
      await new Promise((resolve, reject) => {
        if (controller.signal.aborted) { reject(controller.signal.reason); return; }
        const listening = new AbortController();
        image.addEventListener('load', (event) => { listening.abort(); resolve(event); }, { signal: listening.signal });
        image.addEventListener('error', () => { listening.abort(); reject(new Error('error before load')); }, { signal: listening.signal });
        controller.signal.addEventListener('abort', () => { listening.abort(); reject(controller.signal.reason); }, { signal: listening.signal });
      });
      setSize({ width: image.naturalWidth, height: image.naturalHeight });
    })().catch(() => setSize(null));
    return () => {
      image.src = '';
      controller.abort();
    };
  }, [src]);
  return size ? <span>{size.width}×{size.height}</span> : null;
}
