// `close()` ends a capture session; `startSession()` calls it on a session still open and
// then sets up the next one: the manager lives on after `close()`, which is a reset there.
// The prewarm timer belongs to the manager, not to a session: clearing it in `close()` would
// cancel it whenever a session closes early.
export class CaptureManager {
  private session: { id: number } | null = null;
  private granted = false;

  prewarm(): void {
    setTimeout(() => {
      this.granted = true;
    }, 0);
  }

  startSession(id: number): void {
    if (this.session) {
      this.close();
    }
    this.session = { id };
  }

  close(): void {
    this.session = null;
  }
}

// `close()` marks the end and nothing sets the socket up again after it: it is the disposal,
// and the retry timer is cleared there.
export class Gateway {
  private socket: WebSocket | null = null;
  private closed = false;

  connect(url: string): void {
    this.socket = new WebSocket(url);
    this.socket.onclose = () => this.handleClose(url);
  }

  private handleClose(url: string): void {
    if (this.closed) return;
    setTimeout(() => this.connect(url), 1_000);
  }

  fail(): void {
    this.close();
    this.closed = true;
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
    this.socket = null;
  }
}
