import express from 'express';

const app = express();

app.get('/proxy', async (req, res) => {
  // Express has no request signal: the fix is a plain deadline.
  const upstream = await fetch('https://api.example.com/data', { signal: AbortSignal.timeout(10_000) });
  res.json(await upstream.json());
});
