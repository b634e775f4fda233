import net from 'node:net';
import { once } from 'node:events';

export function connect(port: number, signal?: AbortSignal): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  return once(socket, 'connect', { signal }).then(() => socket);
}
