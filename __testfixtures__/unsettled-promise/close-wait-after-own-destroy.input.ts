import type { Duplex } from 'node:stream';

// Tearing a tunnel down: destroy() emits 'close' on a later tick, and the wait's listener is
// added in the same tick, before it, so the wait ends. No finding. Waiting for the other end's
// 'close' after destroying this end is still a finding: only the peer decides when that comes.
export async function closeTunnel(client: Duplex, upstream: Duplex): Promise<void> {
  client.destroy();
  await new Promise<void>((resolve) => {
    client.once('close', () => resolve());
  });
  await new Promise<void>((resolve) => {
    upstream.once('close', () => resolve());
  });
}
