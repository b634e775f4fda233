// Negative: a Node server's route handler (Next.js) is no edge function: an outgoing request
// goes on after the client leaves, `high` without a fix.
export async function POST(request: Request) {
  const body = await request.json();
  const upstream = await fetch('https://api.example.com/v1/items', { method: 'POST', body: JSON.stringify(body) });
  return new Response(upstream.body, upstream);
}

export const onRequestHandler = 1;
