// A plugin host makes one UDP socket per request with dgram.createSocket() and keeps it in a map
// its close() empties. The listeners are on the socket this very method made: they go with it,
// like those on `new net.Socket()`. Low, not medium.
import * as dgram from 'node:dgram';

interface HeldDatagramSocket {
  socket: dgram.Socket;
  received: Buffer[];
}

export class DatagramSocketTable {
  private readonly table = new Map<number, HeldDatagramSocket>();
  private nextHandle = 1;

  open(owner: string): number {
    const handle = this.nextHandle++;
    const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    const held: HeldDatagramSocket = { socket, received: [] };
    socket.on('message', (message: Buffer) => {
      held.received.push(message);
    });
    socket.on('close', () => {
      console.log(`${owner}: socket ${handle} closed`);
      this.table.delete(handle);
    });
    this.table.set(handle, held);
    return handle;
  }

  close(handle: number): void {
    this.table.get(handle)?.socket.close();
    this.table.delete(handle);
  }
}
