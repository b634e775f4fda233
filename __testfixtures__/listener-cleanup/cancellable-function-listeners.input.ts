import type { EventEmitter } from 'node:events';

export async function followLog(bus: EventEmitter, print: (line: string) => void, signal: AbortSignal): Promise<void> {
  const onLine = (line: string) => print(line);
  process.on('message', onLine);
  window.addEventListener('online', () => print('back online'));
  await new Promise((resolve) => bus.once('end', resolve));
}
