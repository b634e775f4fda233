interface Bus {
  on(event: string, listener: (payload: string) => void): void;
  off(event: string, listener: (payload: string) => void): void;
}

// `bind` makes a new function: `off` with the method itself removes nothing.
export class JoinWatcher {
  private readonly handleJoined = this.onJoined.bind(this);
  constructor(private readonly bus: Bus) {
    this.bus.on('joined', this.handleJoined);
  }

  onJoined(payload: string): void {
    console.info(payload);
  }

  dispose(): void {
    this.bus.off('joined', this.handleJoined);
  }
}

// The bound function is kept and removed: it works.
export class LeaveWatcher {
  constructor(private readonly bus: Bus) {
    this.onLeft = this.onLeft.bind(this);
    this.bus.on('left', this.onLeft);
  }

  onLeft(payload: string): void {
    console.info(payload);
  }

  dispose(): void {
    this.bus.off('left', this.onLeft);
  }
}
