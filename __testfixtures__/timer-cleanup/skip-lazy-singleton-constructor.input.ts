// The one Poller is made on first use and kept: its constructor (and its interval) runs once.
export class Poller {
  private static instance: Poller | null = null;

  static getInstance(): Poller {
    if (Poller.instance === null) Poller.instance = new Poller();
    return Poller.instance;
  }

  private constructor() {
    setInterval(() => this.poll(), 30_000);
  }

  poll(): void {}
}
