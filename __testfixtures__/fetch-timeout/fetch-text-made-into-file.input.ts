declare function runExportPath(run: { id: string }): string;
declare function runDownloadLogsPath(run: { id: string }): string;

// The text is made into a file for the clipboard: `res.blob()` in two steps, a download of any size.
export function copyTrace(run: { id: string }): Promise<Blob> {
  const exportPath = runExportPath(run);
  return fetch(`${exportPath}?format=markdown`, { credentials: 'include' }).then(async (response) => {
    if (!response.ok) throw new Error(`Request failed with ${response.status}`);
    return new Blob([await response.text()], { type: 'text/plain' });
  });
}

// Through a const: the text becomes a File to save.
export async function saveNotes(id: string): Promise<File> {
  const response = await fetch(`/api/notes/${id}/content`);
  const markdown = await response.text();
  return new File([markdown], `${id}.md`, { type: 'text/markdown' });
}

// The same text kept as a string: an API's answer, the deadline is safe.
export async function readSummary(run: { id: string }): Promise<string> {
  const response = await fetch(`${runExportPath(run)}?format=markdown`, { credentials: 'include' });
  const text = await response.text();
  return [text].join('\n');
}

// A URL named for a download says nothing by itself: read as text and kept as a string, it gets the deadline.
export async function readLogSummary(run: { id: string }): Promise<string> {
  const downloadPath = runDownloadLogsPath(run);
  const response = await fetch(`${downloadPath}?format=summary`);
  return response.text();
}

