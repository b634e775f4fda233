// The same table, but the socket comes from createSocket() of an object it was handed, not from
// Node's dgram module: that factory may hand back one shared socket each time, and every open()
// would add listeners to it. It stays at its level (medium).
import type { Socket as PooledDatagramSocket } from 'node:dgram';

interface PooledDatagramEntry {
  socket: PooledDatagramSocket;
  received: Buffer[];
}

interface DatagramSocketPool {
  createSocket(options: { type: 'udp4' }): PooledDatagramSocket;
}

export class PooledDatagramTable {
  private readonly table = new Map<number, PooledDatagramEntry>();
  private nextHandle = 1;

  constructor(private readonly pool: DatagramSocketPool) {}

  open(owner: string): number {
    const handle = this.nextHandle++;
    const socket = this.pool.createSocket({ type: 'udp4' });
    const entry: PooledDatagramEntry = { socket, received: [] };
    socket.on('message', (message: Buffer) => {
      entry.received.push(message);
    });
    socket.on('close', () => {
      console.log(`${owner}: socket ${handle} closed`);
      this.table.delete(handle);
    });
    this.table.set(handle, entry);
    return handle;
  }

  close(handle: number): void {
    this.table.get(handle)?.socket.close();
    this.table.delete(handle);
  }
}
