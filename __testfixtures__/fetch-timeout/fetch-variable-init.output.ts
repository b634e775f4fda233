export async function load(url: string, init?: RequestInit) {
  return fetch(url, init);
}
