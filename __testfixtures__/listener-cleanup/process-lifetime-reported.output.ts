import fs from 'node:fs';

process.on('SIGTERM', () => process.exit(0));

export class ConfigReloader {
  private watcher?: ReturnType<typeof fs.watch>;

  start(dir: string, reload: () => void): void {
    this.watcher = fs.watch(dir, reload).unref();
  }

  dispose(): void {
    this.watcher?.close();
  }
}
