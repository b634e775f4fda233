// Not a finding: the timer frees the blob behind the download's object URL once the browser has
// started the download; cancelling it on abort would keep the whole file in memory.
export function saveFile(blob: Blob, name: string, signal?: AbortSignal): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  signal?.throwIfAborted();
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 30 * 1000);
}
