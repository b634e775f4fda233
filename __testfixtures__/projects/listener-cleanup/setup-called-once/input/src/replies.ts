// Awaited once per item, in a loop (main.ts): every wait adds the listener beside it again.
export function nextReply() {
  return new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    process.on('message', (message) => console.log('reply', message));
  });
}
