/**
 * Fetch-API route handlers (Next.js app-router style): `request.signal` aborts when the
 * client goes away.
 */
import { STATUS_API } from '../../config';

export async function GET(request: Request): Promise<Response> {
  const id = new URL(request.url).searchParams.get('id') ?? 'all';
  // leak (fetch-timeout, suggestion): neither the client's disconnect (`request.signal`) nor a
  // deadline reaches the upstream call; its body is streamed through, so a deadline is suggested.
  const upstream = await fetch(`${STATUS_API}/status/${id}`, { headers: { accept: 'application/json' } });
  return new Response(upstream.body, { status: upstream.status, headers: { 'content-type': 'application/json' } });
}

export async function POST(request: Request): Promise<Response> {
  // safe: passes the request's own signal on.
  const upstream = await fetch(`${STATUS_API}/checks`, { method: 'POST', body: await request.text(), signal: request.signal });
  return new Response(null, { status: upstream.status });
}
