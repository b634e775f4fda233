import { watchQueue } from './lib/index.js';
import startTicker from './lib/ticker.js';

/** Starts the background work of one tenant; it should end when `signal` aborts. */
export function startJobs(tenant: string, signal: AbortSignal) {
  void watchQueue(tenant, { intervalMs: 10 });
  startTicker(() => console.debug(`tick ${tenant}`), 10);
}
