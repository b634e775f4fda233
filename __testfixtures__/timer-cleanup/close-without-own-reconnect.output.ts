// The same socket client without a reconnect of its own: only its users call `close()`, which
// ends the instance, and the pending warning timer is cleared there (auto).
type NoticeSetter = (notice: string | null) => void;

export class ClosingFeed {
  private socket: WebSocket | null = null;
  private timeoutId?: ReturnType<typeof setTimeout>;

  constructor(private readonly url: string, private readonly setNotice: NoticeSetter) {}

  connect(): void {
    const socket = new WebSocket(this.url);
    socket.onmessage = (event) => this.handleMessage(String(event.data));
    this.socket = socket;
  }

  close(skipRetry = false): void {
    if (skipRetry) console.log('closing for good');
    this.socket?.close();
    this.socket = null;
    clearTimeout(this.timeoutId);
  }

  private handleMessage(data: string): void {
    if (data === 'slow') {
      this.setNotice('the server is slow');
      this.timeoutId = setTimeout(() => {
        this.setNotice(null);
      }, 10_000);
    }
  }
}
