// The same getter, but `resetChannel()` also drops the framed channel: the next call in a frame
// makes another and adds another message listener, while the first one still runs. A finding.
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
  framed = null;
}
