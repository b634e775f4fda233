async function getVersion(): Promise<number> {
  const res = await fetch('https://status.example/version', { signal: AbortSignal.timeout(2000) });
  return ((await res.json()) as { version: number }).version;
}

// A long poll: it ends only when the status changes, which may be never.
export async function GET(request: Request) {
  const since = Number(new URL(request.url).searchParams.get('since') ?? 0);
  while (true) {
    const version = await getVersion();
    if (version > since) return Response.json({ version });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
