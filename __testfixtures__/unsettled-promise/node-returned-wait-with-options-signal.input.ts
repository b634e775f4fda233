import type { Server } from 'node:http';

export function whenListening(server: Server, options: { signal?: AbortSignal } = {}): Promise<void> {
  return new Promise<void>((resolve) => server.once('listening', () => resolve()));
}
