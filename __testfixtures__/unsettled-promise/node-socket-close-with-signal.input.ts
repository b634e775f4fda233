import type { Socket } from 'node:net';

export async function closeSocket(socket: Socket, signal: AbortSignal): Promise<void> {
  socket.end();
  await new Promise((resolve) => socket.once('close', resolve));
}
