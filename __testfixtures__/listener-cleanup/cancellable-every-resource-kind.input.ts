import fs from 'node:fs';
import { interval } from 'rxjs';

export async function tail(file: string, print: (line: string) => void, signal: AbortSignal): Promise<void> {
  const onLine = (line: string) => print(line);
  process.on('message', onLine);
  const watcher = fs.watch(file, () => print('changed'));
  const onStat = () => print('stat');
  fs.watchFile(file, onStat);
  const socket = new WebSocket('wss://example.com/tail');
  socket.onmessage = (event) => print(String(event.data));
  const subscription = interval(1000).subscribe(() => print('tick'));
  console.log('tailing', watcher.ref(), subscription.closed);
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
