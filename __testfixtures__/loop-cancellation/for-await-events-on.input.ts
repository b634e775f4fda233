import { on, type EventEmitter } from 'node:events';

async function logMessages(bus: EventEmitter) {
  for await (const [message] of on(bus, 'message')) {
    console.log(message);
  }
}

export function attach(bus: EventEmitter, signal: AbortSignal) {
  void logMessages(bus).catch(() => {});
  return signal;
}
