// A file of unknown size, read as text: the function's name says it downloads.
export async function downloadFile(fileId: string, accessToken: string): Promise<string> {
  const response = await fetch(`https://files.example.com/v3/files/${encodeURIComponent(fileId)}?alt=media`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) throw new Error(`Failed to download file: ${response.statusText}`);
  return await response.text();
}

// An ordinary API call next to it: the deadline is safe.
export async function getFileInfo(fileId: string, accessToken: string): Promise<{ name: string }> {
  const response = await fetch(`https://files.example.com/v3/files/${encodeURIComponent(fileId)}`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return (await response.json()) as { name: string };
}
