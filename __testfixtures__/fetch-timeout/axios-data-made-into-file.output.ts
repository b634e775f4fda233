import axios from 'axios';

// An admin page's log download: the response's data is made into a file and saved through an
// object URL — a download of any size, so the deadline is a suggestion.
export async function downloadLogFile(): Promise<void> {
  const response = await axios.get('/actuator/logfile');
  const url = URL.createObjectURL(new Blob([response.data]));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'server.log';
  link.click();
  URL.revokeObjectURL(url);
}

// The same call whose data is read as an answer keeps its auto deadline.
export async function readHealth(): Promise<string> {
  const response = await axios.get('/actuator/health', { signal: AbortSignal.timeout(10_000) });
  return String(response.data.status);
}
