// The same alias folder in a web app: the deadline is a timeout signal.
export async function loadCatalog(url) {
  const response = await fetch(url, {
    method: 'GET',
    signal: AbortSignal.timeout(10_000),
  })
  return response.json()
}
