import { on, type EventEmitter } from 'node:events';
import { setInterval as every } from 'node:timers/promises';

export async function logMessages(bus: EventEmitter, signal: AbortSignal) {
  for await (const [message] of on(bus, 'message', { signal })) {
    console.log(message);
  }
  for await (const _ of every(1000, undefined, { signal })) {
    console.log('tick');
  }
}

export async function readLines(lines: AsyncIterable<string>) {
  for await (const line of lines) console.log(line);
}
