async function notify(text: string): Promise<void> {
  await fetch('/notify', { method: 'POST', body: text, signal: AbortSignal.timeout(5_000) });
}

export function onSaved(title: string): void {
  // tell the team, but do not wait for it
  void notify(`saved ${title}`).catch((error) => console.error(error));
  console.log('saved');
}
