// The native platform file runs on Hermes, which has no AbortSignal.timeout: reported, not fixed.
export async function loadPresence(roomUrl: string): Promise<string[]> {
  const response = await fetch(`${roomUrl}/presence`);
  return (await response.json()) as string[];
}
