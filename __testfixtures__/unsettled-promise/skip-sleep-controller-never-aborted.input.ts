import { get } from 'node:https';

export async function fetchTwice(url: string): Promise<void> {
  const { signal } = new AbortController();
  get(url, { signal }).end();
  await new Promise((resolve) => setTimeout(resolve, 250));
  get(url, { signal }).end();
}
