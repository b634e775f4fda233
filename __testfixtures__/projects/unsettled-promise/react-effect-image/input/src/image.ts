/** Resolves with the image once it has loaded. */
export function loadImage(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  return new Promise((resolve) => {
    img.addEventListener('load', () => resolve(img), { once: true });
  });
}
