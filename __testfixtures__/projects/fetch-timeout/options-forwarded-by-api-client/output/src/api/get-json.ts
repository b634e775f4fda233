// Every caller passes no options or a literal without a signal: high.
export async function getJson(url: string, options?: RequestInit) {
  const response = await fetch(url, options);
  return response.json();
}
