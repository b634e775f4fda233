async function send(to: string, text: string) {
  await fetch(`/send/${to}`, { method: 'POST', body: text, signal: AbortSignal.timeout(5_000) });
}

export function sendAll(recipients: string[], text: string): void {
  void Promise.all(recipients.map(async (to) => {
    await send(to, text);
  })).catch((error) => console.error(error));
}
