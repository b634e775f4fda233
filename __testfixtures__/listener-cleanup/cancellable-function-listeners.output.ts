import type { EventEmitter } from 'node:events';

export async function followLog(bus: EventEmitter, print: (line: string) => void, signal: AbortSignal): Promise<void> {
  const onLine = (line: string) => print(line);
  process.on('message', onLine);
  signal.addEventListener('abort', () => process.off('message', onLine), { once: true });
  const handleOnline = () => print('back online');
  window.addEventListener('online', handleOnline);
  signal.addEventListener('abort', () => window.removeEventListener('online', handleOnline), { once: true });
  await new Promise((resolve) => bus.once('end', resolve));
}
