import { Hono } from 'hono';

const app = new Hono();

app.get('/proxy', async (c) => {
  const res = await fetch('https://api.example.com/data');
  return c.json(await res.json());
});

export default app;
