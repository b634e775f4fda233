interface RoutedRequest extends Request {
  params: Record<string, string>;
}

// A pass-through route: the copy takes the incoming request's signal, which the deadline must keep.
export function proxyAnalytics(req: RoutedRequest, upstream: string): Promise<Response> {
  const url = new URL(req.url);
  const proxied = new Request(`${upstream}${url.pathname}${url.search}`, req);
  proxied.headers.delete('cookie');
  return fetch(proxied, { signal: AbortSignal.any([proxied.signal, AbortSignal.timeout(10_000)]) });
}
