import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import chokidar from 'chokidar';

export class DevServer {
  private readonly root: string;
  private watcher?: ReturnType<typeof fs.watch>;
  private watcher2?: ReturnType<typeof chokidar.watch>;
  private worker?: Worker;

  constructor(root: string) {
    this.root = root;
  }

  private readonly handleFileChange = () => this.reload();

  start(onChange: (file: string) => void): void {
    // Process lifetime by intent (LEAKS.md): not a finding, even in a class that ends.
    process.on('SIGINT', this.onSignal);
    this.watcher = fs.watch(this.root, (_event, file) => onChange(String(file)));
    this.watcher2 = chokidar.watch(this.root);
    this.watcher2.on('change', onChange);
    fs.watchFile(`${this.root}/config.json`, { interval: 500 }, this.handleFileChange);
    this.worker = new Worker(new URL('./bundler.js', import.meta.url));
  }

  private readonly onSignal = () => this.dispose();

  reload(): void {}

  dispose(): void {
    console.log('stopping');
    this.watcher?.close();
    void this.watcher2?.close();
    void this.worker?.terminate();
    fs.unwatchFile(`${this.root}/config.json`, this.handleFileChange);
  }
}
