// The class closes its port itself, from the "restart" state its tick timer drives, and opens
// it again later: `close()` is also a step of the instance's life. A timer cleared there would
// stop the very tick that reopens the port, so the fix is a suggestion.
import { Socket } from 'node:net';

export class RestartingDriver {
  private port?: Socket;
  private state: 'connecting' | 'connected' | 'restart' = 'connecting';
  private readonly tickTimer: NodeJS.Timeout;

  constructor(private readonly host: string) {
    this.tickTimer = setInterval(() => this.tick(), 100);
  }

  private tick(): void {
    if (this.state === 'connecting') this.openPort();
    else if (this.state === 'restart') this.restart();
  }

  private openPort(): void {
    this.port = new Socket();
    this.port.connect(6638, this.host);
    this.state = 'connected';
  }

  private restart(): void {
    this.close().catch(() => {});
    this.state = 'connecting';
  }

  public close(): Promise<void> {
    clearInterval(this.tickTimer);
    return new Promise((resolve) => {
      this.port?.destroy();
      this.port = undefined;
      resolve();
    });
  }
}
