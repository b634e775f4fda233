export default {
  async fetch(request, env) {
    const upstream = await fetch(`${env.ORIGIN}/video`, { headers: { range: request.headers.get('range') ?? '' }, signal: AbortSignal.any([request.signal, AbortSignal.timeout(10_000)]) });
    return new Response(upstream.body, upstream);
  },
};
