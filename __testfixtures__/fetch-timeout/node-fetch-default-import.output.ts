import fetch from 'node-fetch';

export async function ping(url: string): Promise<boolean> {
  const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
  return res.ok;
}
