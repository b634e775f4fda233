import { useEffect, useState } from 'react';
import { loadImage } from './image';

export function Avatar({ src }: { src: string }) {
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    loadImage(src, controller.signal)
      .then(setImage)
      .catch(() => setImage(null));
    return () => {
      controller.abort();
    };
  }, [src]);
  return image ? <img src={image.src} alt="" /> : null;
}
