// The package's public API: its users may pass a signal: medium.
export async function fetchFeed(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return response.json();
}
