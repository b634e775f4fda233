interface Bus {
  on(event: string, listener: (payload: string) => void): void;
  off(event: string, listener: (payload: string) => void): void;
}

// `bind` makes a new function: `off` with the method itself removes nothing.
export class JoinWatcher {
  constructor(private readonly bus: Bus) {
    this.bus.on('joined', this.onJoined.bind(this));
  }

  onJoined(payload: string): void {
    console.info(payload);
  }

  dispose(): void {
    this.bus.off('joined', this.onJoined);
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
