// Electron 24 has AbortSignal.timeout in both its Node and its Chromium.
export async function checkUpdates(feedUrl) {
  const response = await fetch(feedUrl)
  return response.json()
}
