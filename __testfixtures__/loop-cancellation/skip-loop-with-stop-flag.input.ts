export class Worker {
  private running = true;

  async run(next: () => Promise<void>) {
    while (this.running) {
      await next();
    }
  }

  async runUntilStopped(next: () => Promise<boolean>) {
    while (true) {
      if (!this.running) break;
      await next();
    }
  }

  stop() {
    this.running = false;
  }
}
