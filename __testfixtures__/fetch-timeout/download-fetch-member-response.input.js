// A worker keeps the model's response on `self` and reads it whole: a deadline on the
// request would also cut a slow download of the model, so the fix is only suggested.
async function loadModel(url) {
  self.modelResponse = await fetch(url);
  if (!self.modelResponse.ok) {
    throw new Error('Failed to download the model');
  }
  self.model = await self.modelResponse.arrayBuffer();
}

// The same member read as JSON: an ordinary read, fixed.
async function loadSettings(url) {
  self.settingsResponse = await fetch(url);
  self.settings = await self.settingsResponse.json();
}
