import fetch from 'node-fetch';

// node-fetch v3 (or a range that allows it) on a runtime without AbortSignal.timeout: v3 has no
// `timeout` option, so there is no deadline to write: report only.
export async function loadBoards(baseUrl: string, token: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}/boards`, { headers: { Authorization: `Bearer ${token}` } });
  return res.json();
}
