declare const isServer: boolean;
declare function safeFetch(url: string, init: RequestInit): Promise<Response>;

export async function videoToBase64(videoUrl: string): Promise<string> {
  const response = isServer
    ? await safeFetch(videoUrl, { signal: AbortSignal.timeout(30_000) })
    : await fetch(videoUrl);
  const buffer = await response.arrayBuffer();
  return btoa(String.fromCharCode(...new Uint8Array(buffer)));
}

export async function loadCached(cache: Map<string, Response>, url: string): Promise<Blob> {
  const response = cache.get(url) ?? (await fetch(url));
  return response.blob();
}

export async function loadSettings(isServer: boolean): Promise<unknown> {
  const response = isServer
    ? await safeFetch('/api/settings', { signal: AbortSignal.timeout(30_000) })
    : await fetch('/api/settings', { signal: AbortSignal.timeout(10_000) });
  return response.json();
}
