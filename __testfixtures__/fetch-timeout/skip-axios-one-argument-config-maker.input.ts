import axios from 'axios';

// Every object the maker returns sets `timeout`: the one argument is a config with a deadline.
export function makeHookRequest(meta: { url: string; method: string }, body: unknown) {
  const req = {
    url: meta.url,
    method: meta.method,
    data: body,
    timeout: 30 * 1000,
  };
  return req;
}

export async function callHook(meta: { url: string; method: string }, body: unknown) {
  const req = makeHookRequest(meta, body);
  return axios(req);
}
