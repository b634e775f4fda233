import { timeoutSignal } from '#lib/abort';

export async function load(url: string, signal: AbortSignal) {
  return fetch(url, { signal: timeoutSignal(1000) }).then(() => fetch(url));
}
