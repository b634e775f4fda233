// The class closes itself only from a listener of its port's error: its `close()` is the end,
// and the timer is cleared there.
import { Socket } from 'node:net';

export class ClosingDriver {
  private port?: Socket;
  private intervalId?: ReturnType<typeof setInterval>;

  constructor(private readonly host: string) {
    this.intervalId = setInterval(() => this.port?.write('ping'), 1000);
  }

  public openPort(): void {
    this.port = new Socket();
    this.port.on('error', () => this.close());
    this.port.connect(6638, this.host);
  }

  public close(): void {
    this.port?.destroy();
    this.port = undefined;
    clearInterval(this.intervalId);
  }
}
