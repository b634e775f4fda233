// Suggestion: requestIdleCallback is used only where it exists (not in a worker, not in Safari);
// a cancelIdleCallback written in close() would run unguarded. The setTimeout fallback: auto.
export class Store {
  #idleCallbackId = 0;
  #timeoutId;
  flush() {}
  schedule() {
    if (globalThis.requestIdleCallback) {
      globalThis.requestIdleCallback(() => this.flush());
    } else {
      this.#timeoutId = setTimeout(() => this.flush(), 0);
    }
  }
  async close() {
    this.flush();
    clearTimeout(this.#timeoutId);
  }
}
