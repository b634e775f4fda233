import { useEffect, useState } from 'react';

export function Preview({ src }: { src: string }) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const image = new Image();
    (async () => {
      image.src = src;
      await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
      setSize({ width: image.naturalWidth, height: image.naturalHeight });
    })().catch(() => setSize(null));
    return () => {
      image.src = '';
    };
  }, [src]);
  return size ? <span>{size.width}×{size.height}</span> : null;
}
