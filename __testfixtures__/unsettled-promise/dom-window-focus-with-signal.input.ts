export async function whenVisibleAgain(signal: AbortSignal): Promise<void> {
  if (!document.hidden) return;
  // A window's 'error' is any script error of the page: no error listener, only the abort path.
  await new Promise<void>((resolve) => window.addEventListener('focus', () => resolve(), { once: true }));
}
