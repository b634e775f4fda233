async function notifySlack(text: string): Promise<void> {
  await fetch('https://hooks.example/slack', { method: 'POST', body: text, signal: AbortSignal.timeout(5_000) });
}

export async function createIncident(title: string, save: (title: string) => Promise<number>): Promise<number> {
  const id = await save(title);
  void notifySlack(`New incident: ${title}`).catch((error) => console.error(error));
  return id;
}
