import { watch, type FSWatcher } from 'node:fs';
import WebSocket from 'ws';

export class Sync {
  private watcher: FSWatcher | null = null;
  private socket?: WebSocket;

  open(dir: string, url: string): void {
    this.watcher = watch(dir);
    this.socket = new WebSocket(url);
  }

  async close(): Promise<void> {
    console.log('closing');
  }
}
