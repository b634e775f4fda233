export async function load(url: string, init?: RequestInit) {
  return fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(10_000) });
}
