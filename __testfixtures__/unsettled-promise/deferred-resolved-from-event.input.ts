import { EventEmitter } from 'node:events';

export class Job extends EventEmitter {
  private resolveDone!: (value: unknown) => void;
  readonly done = new Promise((resolve) => (this.resolveDone = resolve));
}

export function whenReady(bus: EventEmitter): Promise<void> {
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  bus.on('ready', () => markReady());
  return ready;
}
