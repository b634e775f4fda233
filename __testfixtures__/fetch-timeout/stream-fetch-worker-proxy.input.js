export default {
  async fetch(request, env) {
    const upstream = await fetch(`${env.ORIGIN}/video`, { headers: { range: request.headers.get('range') ?? '' } });
    return new Response(upstream.body, upstream);
  },
};
