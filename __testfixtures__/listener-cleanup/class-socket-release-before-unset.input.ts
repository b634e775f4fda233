// close() empties the field: the fix closes the socket before `this.ws = null` (after it,
// `this.ws.close()` would throw), and with `?.`: the constructor sets it to null, so close()
// may run before start().
export class Feed {
  private ws: WebSocket | null = null;

  constructor(private readonly url: string) {}

  start(): void {
    this.ws = new WebSocket(this.url);
    this.ws.onmessage = (event) => console.log(event.data);
  }

  close(): void {
    console.log('closing');
    this.ws = null;
  }
}

// Nothing empties or tests this field: the release is appended, read as it is.
export class Ticker {
  private channel!: BroadcastChannel;

  start(): void {
    this.channel = new BroadcastChannel('ticks');
    this.channel.onmessage = (event) => console.log(event.data);
  }

  close(): void {
    console.log('closing');
  }
}
