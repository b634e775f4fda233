export async function search(query: string, options: { limit: number; signal?: AbortSignal }) {
  const res = await fetch(`/search?q=${encodeURIComponent(query)}&limit=${options.limit}`, {
    method: 'GET',
    signal: options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(10_000)]) : AbortSignal.timeout(10_000),
  });
  return res.json();
}
