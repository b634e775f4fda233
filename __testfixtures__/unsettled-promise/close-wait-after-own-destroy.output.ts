import type { Duplex } from 'node:stream';
import { connect } from 'node:net';

// Tearing a tunnel down: destroy() emits 'close' on a later tick, and the wait's listener is
// added in the same tick, before it, so the wait ends — the socket was made here, still open.
// No finding. Waiting for the other end's 'close' after destroying this end is still a finding:
// only the peer decides when that comes.
export async function closeTunnel(port: number, upstream: Duplex): Promise<void> {
  const client = connect(port);
  client.destroy();
  await new Promise<void>((resolve) => {
    client.once('close', () => resolve());
  });
  await new Promise<void>((resolve) => {
    upstream.once('close', () => resolve());
  });
}
