import type { EventEmitter } from 'node:events';

export function whenReady(bus: EventEmitter, onReady: (value: unknown) => void) {
  return new Promise((resolve) => bus.once('ready', resolve)).then(onReady);
}
