import { json, type RequestHandler } from '@sveltejs/kit';

export const POST: RequestHandler = async ({ request }) => {
  const body = await request.text();
  const res = await fetch('https://api.example.com/echo', { method: 'POST', body });
  return json(await res.json());
};
