declare function signHeaders(init: { headers: Record<string, string> }): void;

export async function loadProfile(url: string) {
  const init = { method: 'GET', headers: {} as Record<string, string> };
  signHeaders(init);
  return fetch(url, init);
}
