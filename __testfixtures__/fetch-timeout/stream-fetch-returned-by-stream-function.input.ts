export function streamCompletion(prompt: string): Promise<Response> {
  return fetch('/api/complete', { method: 'POST', body: JSON.stringify({ prompt }) });
}

export async function downloadReport(id: string) {
  return await fetch(`/api/reports/${id}.pdf`);
}
