export async function load(url: string) {
  if (typeof AbortSignal.timeout !== 'function') {
    return fetch(url);
  }
  return fetch(url);
}
