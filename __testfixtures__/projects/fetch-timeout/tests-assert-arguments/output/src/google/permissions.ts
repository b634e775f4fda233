const tokenInfoUrl = (accessToken: string) => `https://oauth2.googleapis.com/tokeninfo?access_token=${accessToken}`;

export async function checkPermissions(accessToken: string): Promise<boolean> {
  const response = await fetch(tokenInfoUrl(accessToken), {
    signal: AbortSignal.timeout(10_000),
  });
  return response.ok;
}
