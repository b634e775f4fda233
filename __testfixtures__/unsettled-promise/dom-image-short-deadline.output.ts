export function whenDecoded(image: HTMLImageElement): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const deadline = AbortSignal.timeout(100);
    const listening = new AbortController();
    image.addEventListener('load', (event) => { listening.abort(); resolve(event); }, { signal: listening.signal });
    image.addEventListener('error', () => { listening.abort(); reject(new Error('error before load')); }, { signal: listening.signal });
    deadline.addEventListener('abort', () => { listening.abort(); reject(deadline.reason); }, { signal: listening.signal });
  });
}
