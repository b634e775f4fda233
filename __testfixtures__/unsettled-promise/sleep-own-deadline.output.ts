import { connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

export async function connectSoon(port: number): Promise<void> {
  const signal = AbortSignal.timeout(300);
  const socket = connect({ port, signal });
  socket.end();
  await delay(500, undefined, { signal });
}
