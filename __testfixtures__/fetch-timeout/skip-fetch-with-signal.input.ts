export async function load(url: string) {
  const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  return res.json();
}
