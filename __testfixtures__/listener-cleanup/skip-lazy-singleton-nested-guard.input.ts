// A lazy singleton picked per mode: the getter caches what it hands out in `current`, which
// `resetChannel()` clears, but the framed channel itself is made once and kept in `framed`,
// which nothing clears. Its guard sits in the branch, not at the top of the function, and hands
// out the cached channel rather than returning bare: every later call in that mode returns
// there, so the message listener below it is added once, for the page's lifetime.
type Channel = { send(message: string): void; emit(message: string): void };

let current: Channel | null = null;
let framed: Channel | null = null;

function makeChannel(): Channel {
  const listeners: Array<(message: string) => void> = [];
  return {
    send: (message) => window.parent.postMessage(message, '*'),
    emit: (message) => listeners.forEach((listener) => listener(message)),
  };
}

export function getChannel(inFrame: boolean): Channel {
  if (current) return current;
  if (inFrame) {
    if (framed) {
      current = framed;
      return current;
    }
    framed = makeChannel();
    const channel = framed;
    window.addEventListener('message', (event: MessageEvent<string>) => channel.emit(event.data));
    current = framed;
  } else {
    current = makeChannel();
  }
  return current;
}

export function resetChannel(): void {
  current = null;
}
