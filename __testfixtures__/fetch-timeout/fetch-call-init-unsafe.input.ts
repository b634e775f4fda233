declare function buildInit(token: string): RequestInit;

export async function send(url: string, token: string) {
  return fetch(url, buildInit(token));
}
