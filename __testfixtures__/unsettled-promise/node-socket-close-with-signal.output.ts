import type { Socket } from 'node:net';
import { once } from 'node:events';

export async function closeSocket(socket: Socket, signal: AbortSignal): Promise<void> {
  socket.end();
  await once(socket, 'close', { signal });
}
