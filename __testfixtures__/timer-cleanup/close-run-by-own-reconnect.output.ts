// A browser socket client whose reconnect() closes the socket and connects again: `close()` is
// also a step of the instance's life. The one-shot timer that clears a transient warning in a
// store the client writes to would be cancelled by every reconnect, leaving the warning on
// screen, so the fix is a suggestion.
type WarningSetter = (warning: string | null) => void;

export class ReconnectingFeed {
  private socket: WebSocket | null = null;

  constructor(private readonly url: string, private readonly setWarning: WarningSetter) {}

  connect(): void {
    const socket = new WebSocket(this.url);
    socket.onmessage = (event) => this.handleMessage(String(event.data));
    this.socket = socket;
  }

  close(skipRetry = false): void {
    if (skipRetry) console.log('closing for good');
    this.socket?.close();
    this.socket = null;
  }

  reconnect(): void {
    this.close(true);
    this.connect();
  }

  private handleMessage(data: string): void {
    if (data === 'slow') {
      this.setWarning('the server is slow');
      setTimeout(() => {
        this.setWarning(null);
      }, 10_000);
    }
  }
}
