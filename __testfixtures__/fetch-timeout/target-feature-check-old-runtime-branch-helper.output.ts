import { timeoutSignal } from '#lib/abort';

export async function load(url: string) {
  if (typeof AbortSignal.timeout !== 'function') {
    return fetch(url, { signal: timeoutSignal(10_000) });
  }
  return fetch(url, { signal: AbortSignal.timeout(10_000) });
}
