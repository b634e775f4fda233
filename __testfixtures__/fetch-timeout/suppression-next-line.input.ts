export async function load(url: string) {
  // unleak-ignore-next-line fetch-timeout -- streamed for as long as the page is open
  const events = await fetch(`${url}/events`);
  const snapshot = await fetch(`${url}/snapshot`);
  return { events, snapshot };
}
