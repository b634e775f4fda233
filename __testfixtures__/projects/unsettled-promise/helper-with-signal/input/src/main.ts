import { EventEmitter } from 'node:events';
import { waitForReady } from './ready.js';

export async function main(signal: AbortSignal): Promise<void> {
  const worker = new EventEmitter();
  await waitForReady(worker, signal);
}
