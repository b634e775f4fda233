export async function load(url: string, init: RequestInit) {
  const res = await fetch(url, {
    ...init,
    headers: { accept: 'application/json' },
    signal: init.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(10_000)]) : AbortSignal.timeout(10_000),
  });
  return res.json();
}
