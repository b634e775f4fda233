import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import chokidar from 'chokidar';

export class DevServer {
  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  start(onChange: (file: string) => void): void {
    // Process lifetime by intent (LEAKS.md): not a finding, even in a class that ends.
    process.on('SIGINT', this.onSignal);
    fs.watch(this.root, (_event, file) => onChange(String(file)));
    chokidar.watch(this.root).on('change', onChange);
    fs.watchFile(`${this.root}/config.json`, { interval: 500 }, () => this.reload());
    new Worker(new URL('./bundler.js', import.meta.url));
  }

  private readonly onSignal = () => this.dispose();

  reload(): void {}

  dispose(): void {
    console.log('stopping');
  }
}
