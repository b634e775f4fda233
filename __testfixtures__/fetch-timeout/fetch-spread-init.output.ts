const defaults: RequestInit = { credentials: 'include' };

export async function send(url: string, body: string) {
  return fetch(url, { ...defaults, method: 'POST', body });
}
