// A folder with an import-alias package.json runs on the app's Hermes: no AbortSignal.timeout.
export async function loadCatalog(url) {
  const response = await fetch(url, { method: 'GET' })
  return response.json()
}
