// The web package imports this file by its package name and passes a signal: medium.
export async function requestJson(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return response.json();
}
