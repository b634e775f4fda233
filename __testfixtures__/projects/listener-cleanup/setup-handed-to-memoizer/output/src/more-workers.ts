import { bus } from './bus';

// Handed to memoRetry(), which may call it again through `arguments`: still reported.
export function registerRetried() {
  const handleRetried = (id: string) => console.log('retried', id);
  bus.on('retried', handleRetried);
  return () => {
    bus.off('retried', handleRetried);
  };
}

// Handed to makeClass(), whose class calls it for every instance: still reported.
export function registerPerInstance() {
  const handleInstance = (id: string) => console.log('instance', id);
  bus.on('instance', handleInstance);
  return () => {
    bus.off('instance', handleInstance);
  };
}
