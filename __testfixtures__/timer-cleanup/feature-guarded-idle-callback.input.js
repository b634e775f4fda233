// Suggestion: requestIdleCallback is used only where it exists (not in a worker, not in Safari);
// a cancelIdleCallback written in close() would run unguarded. The setTimeout fallback: auto.
export class Store {
  #idleCallbackId = 0;
  flush() {}
  schedule() {
    if (globalThis.requestIdleCallback) {
      globalThis.requestIdleCallback(() => this.flush());
    } else {
      setTimeout(() => this.flush(), 0);
    }
  }
  async close() {
    this.flush();
  }
}
