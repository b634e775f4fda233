import { useEffect, useState } from 'react';

export function Avatar({ src }: { src: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const image = new Image();
    image.src = src;
    new Promise<void>((resolve, reject) => {
      image.addEventListener('load', () => resolve(), { once: true, signal: controller.signal });
      image.addEventListener('error', () => reject(new Error('broken')), { once: true, signal: controller.signal });
    })
      .then(() => setReady(true))
      .catch(() => setReady(false));
    return () => controller.abort();
  }, [src]);
  return ready ? <img src={src} /> : null;
}
