enum Mode { Terminate, Reconnect }

// close(mode) switches on its mode and the class calls close(Reconnect) itself, but close(Terminate)
// from outside ends the instance: reported, with a suggestion rather than a release in close().
export class EventBus {
  private socket: WebSocket | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;

  async connect(): Promise<void> {
    this.socket = new WebSocket('wss://example.com');
    this.socket.onerror = () => {
      this.close(Mode.Reconnect);
    };
    setTimeout(() => this.ping(), 30000);
    window.addEventListener('online', this.onOnline);
  }

  private onOnline = () => this.connect();

  ping() {
    this.socket?.send('ping');
  }

  close(mode: Mode) {
    switch (mode) {
      case Mode.Terminate:
        this.socket?.close();
        break;
      case Mode.Reconnect:
        this.socket?.close();
        void this.connect();
    }
  }
}
