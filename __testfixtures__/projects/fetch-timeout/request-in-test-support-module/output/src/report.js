// Nothing here imports it: a script, or a module imported by a package name.
export async function sendReport(reportUrl, body) {
  const response = await fetch(reportUrl, { method: 'POST', body });
  return response.ok;
}
