export async function loadAll(url: string) {
  await window.fetch(url);
  await globalThis.fetch(url, { cache: 'no-store' });
  await self.fetch(url);
}
