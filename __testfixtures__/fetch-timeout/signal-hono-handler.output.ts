import { Hono } from 'hono';

const app = new Hono();

app.get('/proxy', async (c) => {
  const res = await fetch('https://api.example.com/data', { signal: AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(10_000)]) });
  return c.json(await res.json());
});

export default app;
