export async function downloadExport(range: string): Promise<Blob> {
  const response = await fetch(`/api/export?range=${encodeURIComponent(range)}`);
  if (!response.ok) throw new Error(`export: HTTP ${response.status}`);
  return response.blob();
}

export function loadImage(url: string): Promise<ArrayBuffer> {
  return fetch(url).then((res) => res.arrayBuffer());
}
