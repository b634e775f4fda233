import type { EventEmitter } from 'node:events';

export async function firstEvent(bus: EventEmitter) {
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000));
  return Promise.race([new Promise((resolve) => bus.once('ready', resolve)), timeout]);
}

export async function firstEventKept(bus: EventEmitter) {
  const ready = new Promise((resolve) => bus.once('ready', resolve));
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000));
  return Promise.race([ready, timeout]);
}
