// The author turned Biome's `noFloatingPromises` off for the first statement: the request is left
// pending on purpose while the test feeds in its reply.
const replies: ((reply: string) => void)[] = [];

async function request(name: string): Promise<string> {
  const reply = await new Promise<string>((resolve) => replies.push(resolve));
  if (reply === 'error') throw new Error(`${name} failed`);
  return reply;
}

export function exchange(): void {
  // biome-ignore lint/nursery/noFloatingPromises: the reply is fed below
  request('version');
  replies.shift()?.('1.0');
}

// The real one next to it: the comment names another rule, so nothing says this drop is meant.
export function exchangeAgain(): void {
  // biome-ignore lint/suspicious/noConsole: debugging
  void request('status').catch((error) => console.error(error));
  replies.shift()?.('ok');
}
