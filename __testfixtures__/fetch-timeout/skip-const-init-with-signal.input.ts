export async function load(url: string, signal: AbortSignal) {
  const init = { method: 'GET', signal };
  return fetch(url, init);
}
