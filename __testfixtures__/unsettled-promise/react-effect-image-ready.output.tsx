import { useEffect, useState } from 'react';

export function Preview({ src }: { src: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const image = new Image();
    image.src = src;
    (async () => {
      await new Promise((resolve, reject) => {
        if (controller.signal.aborted) { reject(controller.signal.reason); return; }
        const listening = new AbortController();
        image.addEventListener('load', (event) => { listening.abort(); resolve(event); }, { signal: listening.signal });
        image.addEventListener('error', () => { listening.abort(); reject(new Error('error before load')); }, { signal: listening.signal });
        controller.signal.addEventListener('abort', () => { listening.abort(); reject(controller.signal.reason); }, { signal: listening.signal });
      });
      setReady(true);
    })().catch(() => {});
    return () => controller.abort();
  }, [src]);
  return ready ? <img src={src} /> : null;
}
