export function whenDecoded(image: HTMLImageElement): Promise<unknown> {
  return new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
}
