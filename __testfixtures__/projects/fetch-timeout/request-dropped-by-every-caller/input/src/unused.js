// No file of the run calls it: an exported API may be called from anywhere.
export async function fetchChangelog(changelogUrl) {
  const response = await fetch(changelogUrl);
  return response.text();
}
