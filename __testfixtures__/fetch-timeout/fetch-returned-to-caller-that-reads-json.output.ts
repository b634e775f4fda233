// The same wrapper, but this file's only caller reads a small JSON answer: the deadline fits (auto).
async function getReleaseInfo(releaseUrl: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(releaseUrl, { redirect: 'follow', signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

export async function latestTag(releaseUrl: string): Promise<string> {
  const response = await getReleaseInfo(releaseUrl);
  const release = (await response.json()) as { tag_name: string };
  return release.tag_name;
}
