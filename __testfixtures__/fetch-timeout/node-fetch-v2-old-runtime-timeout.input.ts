import fetch from 'node-fetch';

// node-fetch v2 on a runtime without AbortSignal.timeout: its own `timeout` option, suggested.
export async function loadBoards(baseUrl: string, token: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}/boards`, { headers: { Authorization: `Bearer ${token}` } });
  return res.json();
}

export async function ping(baseUrl: string): Promise<boolean> {
  const res = await fetch(`${baseUrl}/ping`);
  return res.ok;
}
