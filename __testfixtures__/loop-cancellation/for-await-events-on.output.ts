import { on, type EventEmitter } from 'node:events';

async function logMessages(bus: EventEmitter, signal?: AbortSignal) {
  for await (const [message] of on(bus, 'message', { signal })) {
    console.log(message);
  }
}

export function attach(bus: EventEmitter, signal: AbortSignal) {
  void logMessages(bus, signal).catch(() => {});
  return signal;
}
