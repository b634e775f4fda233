// A file without a platform suffix is shared: Hermes runs it too.
export async function loadAvatar(url: string): Promise<Blob> {
  const response = await fetch(url);
  return response.blob();
}
