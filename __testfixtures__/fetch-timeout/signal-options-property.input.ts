export async function search(query: string, options: { limit: number; signal?: AbortSignal }) {
  const res = await fetch(`/search?q=${encodeURIComponent(query)}&limit=${options.limit}`, {
    method: 'GET',
  });
  return res.json();
}
