import type { Socket } from 'node:net';

// The wait is registered only while the socket is not destroyed, and the same call destroys it:
// destroy() emits 'close' on a later tick, so the wait always ends.
export function closeSocket(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) {
      resolve();
    } else {
      socket.once('close', () => resolve()).destroy();
    }
  });
}

export function endSocket(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) {
      resolve();
      return;
    }
    socket.once('close', () => resolve());
    socket.destroy();
  });
}
