import type { EventEmitter } from 'node:events';
import { once } from 'node:events';

export function whenReady(bus: EventEmitter, onReady: (value: unknown) => void) {
  return once(bus, 'ready', { signal: AbortSignal.timeout(30_000) }).then(([value]) => value).then(onReady);
}
