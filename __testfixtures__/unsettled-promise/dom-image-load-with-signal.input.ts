export async function loadImage(url: string, signal: AbortSignal): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
  return image;
}
