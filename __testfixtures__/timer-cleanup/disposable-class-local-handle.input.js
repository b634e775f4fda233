export class Watchdog {
  arm() {
    const timer = setTimeout(() => this.expire(), 30_000);
    this.armedAt = Date.now();
  }

  expire() {}

  teardown() {
    this.armedAt = null;
  }
}
