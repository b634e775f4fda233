import { useEffect, useState } from 'react';
import { loadImage } from './image';

export function Avatar({ src }: { src: string }) {
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  useEffect(() => {
    loadImage(src)
      .then(setImage)
      .catch(() => setImage(null));
  }, [src]);
  return image ? <img src={image.src} alt="" /> : null;
}
