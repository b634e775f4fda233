const defaults: RequestInit = { credentials: 'include' };

export async function send(url: string, body: string) {
  return fetch(url, { signal: AbortSignal.timeout(10_000), ...defaults, method: 'POST', body });
}
