import fs from 'node:fs';

/** Reloads a directory's files on change, and flushes pending work before the process exits. */
export class DirectoryCache {
  private readonly entries = new Map<string, number>();
  private watcher?: ReturnType<typeof fs.watch>;

  constructor(private readonly dir: string) {}

  start(): void {
    // Process lifetime by intent (LEAKS.md): not a finding, even in a class that ends.
    process.on('beforeExit', this.onBeforeExit);
    this.watcher = fs.watch(this.dir, (_event, file) => {
      if (file) this.entries.set(String(file), Date.now());
    });
  }

  close(): void {
    this.entries.clear();
    this.watcher?.close();
  }

  private readonly onBeforeExit = () => this.entries.clear();
}
