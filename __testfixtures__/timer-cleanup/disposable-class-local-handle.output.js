export class Watchdog {
  #timeoutId;

  arm() {
    const timer = this.#timeoutId = setTimeout(() => this.expire(), 30_000);
    this.armedAt = Date.now();
  }

  expire() {}

  teardown() {
    this.armedAt = null;
    clearTimeout(this.#timeoutId);
  }
}
