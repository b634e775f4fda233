import { Server } from 'node:net';

// close() closes every hub the gateway made, through map(): their listeners go with them.
export class Gateway {
  private hubs: Server[] = [];

  start(): void {
    this.hubs.push(new Server(), new Server());
    this.hubs.forEach((hub) => {
      hub.on('connection', (socket) => {
        console.log('connected', socket.remoteAddress);
      });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.hubs.map((hub) => new Promise<void>((resolve) => hub.close(() => resolve()))));
    this.hubs = [];
  }
}

// Still a finding: some() stops at the first listening hub, and the hubs after it stay open.
export class Relay {
  private hubs: Server[] = [];

  start(): void {
    this.hubs.push(new Server(), new Server());
    this.hubs.forEach((hub) => {
      hub.on('connection', (socket) => {
        console.log('relayed', socket.remoteAddress);
      });
    });
  }

  close(): void {
    this.hubs.some((hub) => {
      if (hub.listening) return true;
      hub.close(() => {});
      return false;
    });
  }
}
