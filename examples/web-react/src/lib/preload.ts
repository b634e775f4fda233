/** Loads the images the dashboard shows (service logos, incident screenshots) before it renders them. */

/** Resolves with the image once it has loaded. */
export function preloadImage(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = src;
  // leak (unsettled-promise, suggestion): waits for 'load' only: a broken URL fires 'error'
  // instead, and the promise, and every screen awaiting it, waits for ever.
  return new Promise((resolve) => image.addEventListener('load', () => resolve(image), { once: true }));
}

/** Like preloadImage, but gives up on a broken URL and when the caller goes away. */
export function loadImage(src: string, signal: AbortSignal): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = src;
  // safe: rejects on 'error' and on abort; the listeners go with the signal.
  return new Promise((resolve, reject) => {
    image.addEventListener('load', () => resolve(image), { once: true, signal });
    image.addEventListener('error', () => reject(new Error(`cannot load ${src}`)), { once: true, signal });
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
