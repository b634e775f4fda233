// Electron 24 has AbortSignal.timeout in both its Node and its Chromium.
export async function checkUpdates(feedUrl) {
  const response = await fetch(feedUrl, { signal: AbortSignal.timeout(10_000) })
  return response.json()
}
