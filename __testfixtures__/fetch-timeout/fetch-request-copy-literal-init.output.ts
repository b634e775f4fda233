// The copy's init is an object literal without a signal: the request has none to keep.
export async function loadReport(base: string, id: string): Promise<unknown> {
  const request = new Request(`${base}/reports/${id}`, { headers: { accept: 'application/json' } });
  const res = await fetch(request, { signal: AbortSignal.timeout(10_000) });
  return res.json();
}
