export async function whenVisibleAgain(signal: AbortSignal): Promise<void> {
  if (!document.hidden) return;
  // A window's 'error' is any script error of the page: no error listener, only the abort path.
  await new Promise<void>((resolve, reject) => {
    if (signal.aborted) { reject(signal.reason); return; }
    const listening = new AbortController();
    window.addEventListener('focus', () => { listening.abort(); resolve(); }, { signal: listening.signal });
    signal.addEventListener('abort', () => { listening.abort(); reject(signal.reason); }, { signal: listening.signal });
  });
}
