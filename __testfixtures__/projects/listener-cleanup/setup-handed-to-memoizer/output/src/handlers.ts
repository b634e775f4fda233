import { bus } from './bus';

// Handed once to singleton() at main.ts's top level: added once for the process's life, no finding.
export function registerHandlers() {
  bus.on('run', (id: string) => console.log('run', id));
  return true;
}
