declare function addAuthHeaders(init: RequestInit): void;

export async function loadUser(url: string) {
  const init: RequestInit = { method: 'GET' };
  addAuthHeaders(init);
  return fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(10_000) });
}
