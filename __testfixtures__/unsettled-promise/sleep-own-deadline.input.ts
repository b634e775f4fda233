import { connect } from 'node:net';

export async function connectSoon(port: number): Promise<void> {
  const signal = AbortSignal.timeout(300);
  const socket = connect({ port, signal });
  socket.end();
  await new Promise((resolve) => setTimeout(resolve, 500));
}
