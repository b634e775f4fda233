import { NextResponse, type NextRequest } from 'next/server';

export async function GET(request: NextRequest) {
  const upstream = await fetch('https://api.example.com/items', { cache: 'no-store' });
  return NextResponse.json(await upstream.json());
}
