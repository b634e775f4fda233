export async function load(url: string, signal: AbortSignal) {
  return fetch(url);
}

export async function plain(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(10_000) });
}
