import { Socket } from 'node:net';

export class Connection {
  private readonly socket = new Socket();

  async open(port: number, signal: AbortSignal): Promise<void> {
    this.socket.connect(port, '127.0.0.1');
    await new Promise((resolve) => this.socket.once('connect', resolve));
  }

  close(): void {
    this.socket.destroy();
  }
}
