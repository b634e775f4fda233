import { Socket } from 'node:net';
import { once } from 'node:events';

export class Connection {
  private readonly socket = new Socket();

  async open(port: number, signal: AbortSignal): Promise<void> {
    this.socket.connect(port, '127.0.0.1');
    await once(this.socket, 'connect', { signal });
  }

  close(): void {
    this.socket.destroy();
  }
}
