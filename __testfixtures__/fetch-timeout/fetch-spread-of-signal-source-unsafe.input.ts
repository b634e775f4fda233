export async function load(url: string, init: RequestInit) {
  const res = await fetch(url, {
    ...init,
    headers: { accept: 'application/json' },
  });
  return res.json();
}
