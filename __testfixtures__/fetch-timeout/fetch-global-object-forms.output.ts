export async function loadAll(url: string) {
  await window.fetch(url, { signal: AbortSignal.timeout(10_000) });
  await globalThis.fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
  await self.fetch(url, { signal: AbortSignal.timeout(10_000) });
}
