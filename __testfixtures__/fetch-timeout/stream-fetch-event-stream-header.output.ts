export async function subscribe(url: string, onEvent: (text: string) => void) {
  const res = await fetch(url, { headers: { accept: 'text/event-stream' } });
  onEvent(await res.text());
}
