export async function send(url: string, body: string) {
  const init: RequestInit = { method: 'POST', body };
  return fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
}
