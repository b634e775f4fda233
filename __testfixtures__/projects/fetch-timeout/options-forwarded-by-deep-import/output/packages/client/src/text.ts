// Only the package's index calls it, with no signal, and no other file names it: high.
export async function requestText(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return response.text();
}
