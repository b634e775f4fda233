enum CloseOption {
  Terminate,
  Reconnect,
}

// close(option) picks a mode, and the client calls it itself to reconnect: still the end, but a suggestion.
export class BusClient {
  private socket: WebSocket | null = null;
  private monitor: { completed(): void } | null = null;

  onMessage(kind: string) {
    if (kind === 'syncDone') {
      setTimeout(() => this.monitor?.completed(), 1000);
    }
  }

  async connect() {
    try {
      this.socket = new WebSocket('wss://example.test');
    } catch (e) {
      await this.close(CloseOption.Reconnect);
    }
  }

  async close(option: CloseOption) {
    switch (option) {
      case CloseOption.Terminate:
        this.monitor = null;
        break;
      case CloseOption.Reconnect:
        break;
    }
    this.socket?.close();
  }
}

// The same close(option) that only its users call: the end of the instance.
export class Feed {
  private socket: WebSocket | null = null;
  private monitor: { completed(): void } | null = null;

  onMessage(kind: string) {
    if (kind === 'syncDone') {
      setTimeout(() => this.monitor?.completed(), 1000);
    }
  }

  async close(option: CloseOption) {
    switch (option) {
      case CloseOption.Terminate:
        this.monitor = null;
        break;
      case CloseOption.Reconnect:
        break;
    }
    this.socket?.close();
  }
}
