import { EventEmitter } from 'node:events';

// The chain's listeners are on a bus the class is handed and never closes: each is still
// reported, the chained ones like the first.
export class JobLogger {
  constructor(private bus: EventEmitter, private log: (message: string) => void) {}

  start(): void {
    this.bus
      .on('active', () => this.log('active'))
      .on('failed', () => this.log('failed'));
  }

  stop(): void {
    this.log('stopped');
  }
}
