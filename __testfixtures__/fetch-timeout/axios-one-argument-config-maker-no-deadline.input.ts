import axios from 'axios';

// The maker's objects set no deadline: a URL or a config, the call cannot tell, and none bounds it.
export function makeHookRequest(meta: { url: string; method: string }, body: unknown) {
  return {
    url: meta.url,
    method: meta.method,
    data: body,
  };
}

export async function callHook(meta: { url: string; method: string }, body: unknown) {
  const req = makeHookRequest(meta, body);
  return axios(req);
}
