import fetch from 'node-fetch';

// node-fetch v2 with its own `timeout` already: a deadline, nothing to report.
export async function loadBoards(baseUrl: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}/boards`, { method: 'GET', timeout: 5000 });
  return res.json();
}
