export default {
  async fetch(request, env) {
    const res = await fetch(`${env.ORIGIN}/data`, { headers: { authorization: env.TOKEN } });
    return new Response(await res.text(), res);
  },
};
