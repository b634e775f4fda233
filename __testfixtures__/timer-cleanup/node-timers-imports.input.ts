import { setInterval } from 'node:timers';
import timers from 'timers';

export class Heartbeat {
  constructor(private readonly send: (message: string) => void) {}

  start(): void {
    setInterval(() => this.send('ping'), 15_000);
    timers.setTimeout(() => this.send('hello'), 100);
  }

  close(): void {
    this.send('bye');
  }
}
