/** Resolves with the image once it has loaded. */
export function loadImage(src: string, signal?: AbortSignal): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(signal.reason); return; }
    const listening = new AbortController();
    img.addEventListener('load', () => { listening.abort(); resolve(img); }, { signal: listening.signal });
    img.addEventListener('error', () => { listening.abort(); reject(new Error('error before load')); }, { signal: listening.signal });
    signal?.addEventListener('abort', () => { listening.abort(); reject(signal?.reason); }, { signal: listening.signal });
  });
}
