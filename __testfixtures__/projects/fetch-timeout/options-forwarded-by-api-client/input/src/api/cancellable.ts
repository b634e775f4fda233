// A caller passes its own signal: medium.
async function request(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  return response.text();
}

export function loadPreview(url: string, signal: AbortSignal) {
  return request(url, { method: 'GET', signal });
}

export function loadDraft(url: string) {
  return request(url, { method: 'GET' });
}
