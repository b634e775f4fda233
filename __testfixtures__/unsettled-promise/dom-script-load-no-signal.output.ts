export function loadScript(src: string): Promise<unknown> {
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
  return new Promise((resolve, reject) => {
    const deadline = AbortSignal.timeout(30_000);
    const listening = new AbortController();
    script.addEventListener('load', (event) => { listening.abort(); resolve(event); }, { signal: listening.signal });
    script.addEventListener('error', () => { listening.abort(); reject(new Error('error before load')); }, { signal: listening.signal });
    deadline.addEventListener('abort', () => { listening.abort(); reject(deadline.reason); }, { signal: listening.signal });
  });
}
