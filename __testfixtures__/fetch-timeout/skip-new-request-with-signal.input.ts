export async function load(url: string, signal: AbortSignal) {
  return fetch(new Request(url, { signal }));
}
