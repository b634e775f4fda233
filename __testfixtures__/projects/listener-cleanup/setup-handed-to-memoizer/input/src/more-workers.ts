import { bus } from './bus';

// Handed to memoRetry(), which may call it again through `arguments`: still reported.
export function registerRetried() {
  bus.on('retried', (id: string) => console.log('retried', id));
}

// Handed to makeClass(), whose class calls it for every instance: still reported.
export function registerPerInstance() {
  bus.on('instance', (id: string) => console.log('instance', id));
}
