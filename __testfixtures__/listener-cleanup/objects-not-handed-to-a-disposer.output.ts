import { EventEmitter } from 'node:events';
import express from 'express';

export class Server {
  private readonly app = express();

  start(bus: EventEmitter): void {
    const app = this.app.use(express.json());
    app.on('mount', () => bus.emit('mounted'));
    const registry = new Map<string, EventEmitter>();
    const other = registry.get('x')!;
    other.on('change', () => bus.emit('changed'));
  }

  dispose(): void {}
}
