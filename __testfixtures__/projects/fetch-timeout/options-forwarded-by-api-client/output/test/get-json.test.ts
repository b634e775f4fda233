import { getJson } from '../src/api/get-json';

export async function checkAbort(url: string) {
  const controller = new AbortController();
  controller.abort();
  return getJson(url, { signal: controller.signal });
}
