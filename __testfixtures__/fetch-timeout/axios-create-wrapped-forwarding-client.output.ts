import axios from 'axios';
import { wrapper as withCookies } from 'axios-cookiejar-support';
import { CookieJar } from 'tough-cookie';

// A script runner's fetch hook: every request a user's script makes goes through this
// instance, with the script's own body and signal. A default `timeout` here would cut the
// script's long downloads and uploads: suggested, not applied.
export function createFetchHook() {
  const jar = new CookieJar();
  const client = withCookies(axios.create());

  return async (url: string, init?: { method?: string; body?: ArrayBuffer; signal?: AbortSignal }) => {
    const config: Record<string, unknown> = { url, method: init?.method ?? 'GET', data: init?.body, jar };
    if (init?.signal) config.signal = init.signal;
    const response = await client(config);
    return response.data as ArrayBuffer;
  };
}
