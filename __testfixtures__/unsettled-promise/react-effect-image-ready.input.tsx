import { useEffect, useState } from 'react';

export function Preview({ src }: { src: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const image = new Image();
    image.src = src;
    (async () => {
      await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
      setReady(true);
    })().catch(() => {});
    return () => controller.abort();
  }, [src]);
  return ready ? <img src={src} /> : null;
}
