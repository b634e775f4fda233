// Electron 18 has neither AbortSignal.timeout in its Node (16.13) nor in its Chromium (100).
export async function checkUpdates(feedUrl) {
  const response = await fetch(feedUrl)
  return response.json()
}
