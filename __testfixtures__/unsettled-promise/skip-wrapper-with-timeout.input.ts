export function waitForLoad(image: HTMLImageElement): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => resolve(), 5000);
    image.addEventListener('load', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
