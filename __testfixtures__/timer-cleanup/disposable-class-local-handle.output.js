export class Watchdog {
  #timeoutId;

  arm(onTimeout) {
    const timer = this.#timeoutId = setTimeout(onTimeout, 30_000);
    this.armedAt = Date.now();
  }

  teardown() {
    this.armedAt = null;
    clearTimeout(this.#timeoutId);
  }
}
