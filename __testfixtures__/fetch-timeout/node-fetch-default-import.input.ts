import fetch from 'node-fetch';

export async function ping(url: string): Promise<boolean> {
  const res = await fetch(url, { method: 'HEAD' });
  return res.ok;
}
