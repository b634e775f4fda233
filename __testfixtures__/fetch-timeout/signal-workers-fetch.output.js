export default {
  async fetch(request, env) {
    const res = await fetch(`${env.ORIGIN}/data`, { headers: { authorization: env.TOKEN }, signal: AbortSignal.any([request.signal, AbortSignal.timeout(10_000)]) });
    return new Response(await res.text(), res);
  },
};
