import { EventEmitter } from 'node:events';
import { waitForReady } from './ready.js';

export async function startWorker(signal: AbortSignal): Promise<EventEmitter> {
  const worker = new EventEmitter();
  await waitForReady(worker, signal);
  return worker;
}
