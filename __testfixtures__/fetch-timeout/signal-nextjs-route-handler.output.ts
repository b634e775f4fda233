import { NextResponse, type NextRequest } from 'next/server';

export async function GET(request: NextRequest) {
  const upstream = await fetch('https://api.example.com/items', { cache: 'no-store', signal: AbortSignal.any([request.signal, AbortSignal.timeout(10_000)]) });
  return NextResponse.json(await upstream.json());
}
