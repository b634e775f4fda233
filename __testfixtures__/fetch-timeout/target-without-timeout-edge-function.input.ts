// A Cloudflare Pages Function on a target without AbortSignal.timeout (the app's browserslist): no
// fix, and `medium` — the platform cancels the subrequest when the incoming request ends.
interface Env {
  BETA_URL: string;
}

export const onRequest: PagesFunction<Env> = async ({ request, env, next }) => {
  if (!request.headers.get('Cookie')?.includes('beta=1')) return next();
  const url = new URL(request.url);
  const upstream = await fetch(new URL(url.pathname, env.BETA_URL), { headers: request.headers, method: request.method, body: request.body });
  return new Response(upstream.body, upstream);
};
