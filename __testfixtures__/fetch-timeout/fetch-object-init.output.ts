export async function save(url: string) {
  const res = await fetch(url, { method: 'POST', body: `ping`, signal: AbortSignal.timeout(10_000) });
  return res.ok;
}
