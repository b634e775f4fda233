import type { Socket } from 'node:net';

// No test of `socket.destroyed`: a socket closed already has had its 'close', destroy() emits
// nothing more and the wait hangs: the finding stays.
export function closeSocket(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    socket.once('close', () => resolve()).destroy();
  });
}

// The guard tests another socket: the finding stays.
export function closeOther(socket: Socket, other: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (other.destroyed) return resolve();
    socket.once('close', () => resolve());
    socket.destroy();
  });
}

// Waiting for 'close' with no destroy after it keeps its finding.
export function whenClosed(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) {
      resolve();
    } else {
      socket.once('close', () => resolve());
    }
  });
}
