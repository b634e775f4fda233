// The web platform file: Metro never bundles it for the app; the web build runs it in browsers.
export async function loadPresence(roomUrl: string): Promise<string[]> {
  const response = await fetch(`${roomUrl}/presence`);
  return (await response.json()) as string[];
}
