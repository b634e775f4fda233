import type { Server } from 'node:http';
import { once } from 'node:events';

export function whenListening(server: Server, options: { signal?: AbortSignal } = {}): Promise<void> {
  return once(server, 'listening', { signal: options.signal }).then(() => undefined);
}
