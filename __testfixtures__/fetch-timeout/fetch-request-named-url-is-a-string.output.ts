// A variable named like a Request, passed untyped: its signal is kept (a suggestion: the name is a guess).
export function forward(request) {
  return fetch(request, { headers: { 'x-forwarded': '1' } });
}

// `requestUrl` says URL by its last word, and starts as a string: there is no signal to keep.
export function runRequest(options: { url: string; query?: Record<string, string> }) {
  let requestUrl = options.url;
  if (options.query) {
    requestUrl += `?${new URLSearchParams(options.query).toString()}`;
  }
  fetch(requestUrl, { method: 'GET', signal: AbortSignal.timeout(10_000) })
    .then((response) => response.json())
    .catch(() => undefined);
}

// A name like a Request that starts as a string: no signal either.
export function ping(base: string) {
  const req = `${base}/health`;
  return fetch(req, { signal: AbortSignal.timeout(10_000) });
}
