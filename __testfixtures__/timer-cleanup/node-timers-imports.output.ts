import { setInterval } from 'node:timers';
import timers from 'timers';

export class Heartbeat {
  private intervalId?: ReturnType<typeof setInterval>;
  private timeoutId?: ReturnType<typeof timers.setTimeout>;

  constructor(private readonly send: (message: string) => void) {}

  start(): void {
    this.intervalId = setInterval(() => this.send('ping'), 15_000);
    this.timeoutId = timers.setTimeout(() => this.send('hello'), 100);
  }

  close(): void {
    this.send('bye');
    clearInterval(this.intervalId);
    timers.clearTimeout(this.timeoutId);
  }
}
