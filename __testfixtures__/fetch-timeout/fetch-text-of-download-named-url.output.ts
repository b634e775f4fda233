declare function runDownloadLogsPath(run: { id: string }): string;
declare function runApiPath(run: { id: string }): string;

// The URL is named for a download: the export can take as long as a large trace needs.
export function copyTrace(run: { id: string }): Promise<Blob> {
  const downloadPath = runDownloadLogsPath(run);
  return fetch(`${downloadPath}?format=markdown`, { credentials: 'include' }).then(async (response) => {
    if (!response.ok) throw new Error(`Request failed with ${response.status}`);
    return new Blob([await response.text()], { type: 'text/plain' });
  });
}

// An API URL read as text beside it: the deadline is safe.
export async function readSummary(run: { id: string }): Promise<string> {
  const apiPath = runApiPath(run);
  const response = await fetch(`${apiPath}?format=markdown`, { credentials: 'include', signal: AbortSignal.timeout(10_000) });
  return response.text();
}

// The download URL read as JSON: an API's answer (a listing), which a deadline is for.
export async function listLogFiles(run: { id: string }): Promise<string[]> {
  const response = await fetch(`${runDownloadLogsPath(run)}?list=1`, { signal: AbortSignal.timeout(10_000) });
  return (await response.json()) as string[];
}
