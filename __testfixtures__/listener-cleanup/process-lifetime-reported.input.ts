import fs from 'node:fs';

process.on('SIGTERM', () => process.exit(0));

export class ConfigReloader {
  start(dir: string, reload: () => void): void {
    fs.watch(dir, reload).unref();
  }

  dispose(): void {}
}
