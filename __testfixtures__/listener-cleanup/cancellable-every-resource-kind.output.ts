import fs from 'node:fs';
import { interval } from 'rxjs';

export async function tail(file: string, print: (line: string) => void, signal: AbortSignal): Promise<void> {
  const onLine = (line: string) => print(line);
  process.on('message', onLine);
  signal.addEventListener('abort', () => process.off('message', onLine), { once: true });
  const watcher = fs.watch(file, () => print('changed'));
  signal.addEventListener('abort', () => watcher.close(), { once: true });
  const onStat = () => print('stat');
  fs.watchFile(file, onStat);
  signal.addEventListener('abort', () => fs.unwatchFile(file, onStat), { once: true });
  const socket = new WebSocket('wss://example.com/tail');
  signal.addEventListener('abort', () => socket.close(), { once: true });
  socket.onmessage = (event) => print(String(event.data));
  const subscription = interval(1000).subscribe(() => print('tick'));
  signal.addEventListener('abort', () => subscription.unsubscribe(), { once: true });
  console.log('tailing', watcher.ref(), subscription.closed);
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
