import { EventEmitter } from 'node:events';

// The chain's listeners are on a bus the class is handed and never closes: each is still
// reported, the chained ones like the first.
export class JobLogger {
  constructor(private bus: EventEmitter, private log: (message: string) => void) {}

  private readonly handleFailed = () => this.log('failed');

  private readonly handleActive = () => this.log('active');

  start(): void {
    this.bus
      .on('active', this.handleActive)
      .on('failed', this.handleFailed);
  }

  stop(): void {
    this.log('stopped');
    this.bus.off('failed', this.handleFailed);
    this.bus.off('active', this.handleActive);
  }
}
