import { EventEmitter } from 'node:events';
import { waitForReady } from './ready.js';

// No caller has a signal: the wait gets a deadline instead.
export async function main(): Promise<void> {
  const worker = new EventEmitter();
  await waitForReady(worker);
}
