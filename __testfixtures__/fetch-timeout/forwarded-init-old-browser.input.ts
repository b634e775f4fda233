// The target has no AbortSignal.timeout, so nothing is fixed. A helper that forwards its
// caller's `init` may get a signal with it (its callers pass one): `medium`, not `high`.
export async function fetchWithCacheFallback(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    init.cache = 'no-store';
    return await fetch(url, init);
  }
}

export async function loadChunk(url: string, signal: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetchWithCacheFallback(url, { headers: { Range: 'bytes=0-99' }, signal });
  return response.arrayBuffer();
}

// The real leak next to it: its own options carry no signal.
export async function loadDictionary(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url, { cache: 'force-cache' });
  return response.arrayBuffer();
}
