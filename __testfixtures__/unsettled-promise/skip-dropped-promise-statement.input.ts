import type { EventEmitter } from 'node:events';

export function watch(bus: EventEmitter) {
  // Nobody waits for this promise: unconsumed-promise reports it, not this rule.
  new Promise((resolve) => bus.once('ready', resolve));
}
