export async function load(url: string) {
  return fetch(url);
}
