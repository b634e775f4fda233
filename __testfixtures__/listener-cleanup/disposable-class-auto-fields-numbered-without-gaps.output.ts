import { interval } from 'rxjs';

// The subscription in the nested callback is a suggestion (`--write` leaves it): the names the
// auto fixes write go first, with no gap (`subscription`, `subscription2`).
export class Ticker {
  private ticks = 0;
  private subscription?: { unsubscribe: () => void };
  private subscription2?: { unsubscribe: () => void };

  start(): void {
    this.subscription = interval(1000).subscribe(() => this.ticks++);
    queueMicrotask(() => {
      interval(50).subscribe(() => this.ticks--);
    });
    this.subscription2 = interval(5000).subscribe(() => (this.ticks = 0));
  }

  dispose(): void {
    this.subscription?.unsubscribe();
    this.subscription2?.unsubscribe();
  }
}
