import type { EventEmitter } from 'node:events';

export function whenReady(bus: EventEmitter): Promise<void> {
  const { promise, resolve, reject } = Promise.withResolvers<void>();
  bus.once('ready', () => resolve());
  bus.once('error', reject);
  return promise;
}
