import net from 'node:net';

export function connect(port: number, signal?: AbortSignal): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  return new Promise((resolve) => socket.once('connect', () => resolve(socket)));
}
