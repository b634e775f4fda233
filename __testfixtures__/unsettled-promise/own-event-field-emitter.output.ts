import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';

// A class that keeps its own event bus in a field and waits on it for an event it emits there
// itself: the class's own state change, with nothing else to make the bus fail. No finding. A wait
// on a socket handed in, for an event only the platform emits, is still a finding.
export class Session {
  private events = new EventEmitter();
  private closing = false;

  constructor(private socket: Socket) {}

  async dispose(): Promise<void> {
    this.closing = true;
    await this.flush();
    this.events.emit('disposed');
  }

  whenDisposed(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.events.once('disposed', () => resolve());
    });
  }

  whenSocketClosed(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
    });
  }

  private async flush(): Promise<void> {
    if (this.closing) this.socket.end();
  }
}
