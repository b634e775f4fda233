type Request = { message: string; id?: string };

// `sendMessage` is a parameter typed to return a promise: what `skipSegment` itself returns
// (nothing) says nothing of it
export function skipSegment({ id, sendMessage }: { id: string; sendMessage: (request: Request) => Promise<string> }): void {
  sendMessage({ message: 'skip', id });
}

export function copyText(text: string, send: (request: Request) => Promise<string>): void {
  if (!text) return;
  send({ message: 'copy' });
}

// A function of this file that returns nothing on some path: the checker's `Promise` (with
// strictNullChecks off) may be `undefined` at run time, so no `.catch`
function notify(text: string) {
  if (!text) return;
  return fetch('/notify', { method: 'POST', body: text, signal: AbortSignal.timeout(5_000) }).then(() => {});
}

export function ping(text: string): void {
  notify(text);
}
