// Imported by the entry too: it runs in the shipped code.
export async function checkHealth(baseUrl) {
  const response = await fetch(`${baseUrl}/health`);
  return response.ok;
}
