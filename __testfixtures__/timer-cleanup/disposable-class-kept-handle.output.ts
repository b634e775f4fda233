export class Poller {
  private timer: NodeJS.Timeout | null = null;

  start(poll: () => void): void {
    this.timer = setInterval(poll, 5_000);
  }

  stop(): void {
    console.log('stopping');
    if (this.timer !== null) clearInterval(this.timer);
  }
}
