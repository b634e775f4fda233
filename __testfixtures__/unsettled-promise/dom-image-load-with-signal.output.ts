export async function loadImage(url: string, signal: AbortSignal): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await new Promise((resolve, reject) => {
    if (signal.aborted) { reject(signal.reason); return; }
    const listening = new AbortController();
    image.addEventListener('load', (event) => { listening.abort(); resolve(event); }, { signal: listening.signal });
    image.addEventListener('error', () => { listening.abort(); reject(new Error('error before load')); }, { signal: listening.signal });
    signal.addEventListener('abort', () => { listening.abort(); reject(signal.reason); }, { signal: listening.signal });
  });
  return image;
}
