export class Watchdog {
  arm(onTimeout) {
    const timer = setTimeout(onTimeout, 30_000);
    this.armedAt = Date.now();
  }

  teardown() {
    this.armedAt = null;
  }
}
