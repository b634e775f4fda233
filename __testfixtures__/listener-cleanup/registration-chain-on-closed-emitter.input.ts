import { EventEmitter } from 'node:events';
import { Socket } from 'node:net';

export const updates = new EventEmitter();

// `on` hands back its emitter: the whole chain listens on the socket close() destroys.
export class Feed {
  private socket: Socket | null = null;

  connect(port: number): void {
    this.socket = new Socket();
    this.socket
      .on('data', (chunk) => {
        console.log('data', chunk.length);
      })
      .on('end', () => {
        console.log('feed ended');
      })
      .on('error', (error) => {
        console.error(error);
      });
    this.socket.connect(port);
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }
}

// Still findings: the chain listens on a module-wide emitter that close() leaves alone; each
// link is released from it.
export class Ticker {
  start(): void {
    updates.on('tick', () => console.log('tick')).on('tock', () => console.log('tock'));
  }

  close(): void {}
}
