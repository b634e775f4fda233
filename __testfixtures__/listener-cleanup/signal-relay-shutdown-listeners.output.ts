import { signals } from './signals';
import { cached } from './cached';

// `signals` is the app's relay of process signals: process.on('SIGTERM', () => signals.emit('SIGTERM'))
export const registry = cached('registry', () => {
  const entries = new Map<string, number>();
  const interval = setInterval(() => entries.clear(), 60_000);
  signals.on('SIGTERM', () => clearInterval(interval));
  signals.on('SIGINT', () => clearInterval(interval));
  signals.on('reload', () => entries.clear());
  return entries;
});
