export async function save(url: string) {
  const res = await fetch(url, {
    method: 'PUT',
    body: 'ping', // raw text, not JSON
    signal: AbortSignal.timeout(10_000)
  });
  return res.ok;
}
