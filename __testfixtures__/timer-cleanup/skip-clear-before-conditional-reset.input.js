// A clear followed by a set on some paths only is a stop path too: update(false) ends the timer,
// and destroy() calls it. Not a clear-before-reset: no finding.
export class Poller {
  update(on) {
    clearTimeout(this.t);
    if (on) this.t = setTimeout(() => this.tick(), 1000);
  }

  // The same with an early exit between the clear and the set.
  schedule(stopped) {
    clearTimeout(this.u);
    if (stopped) return;
    this.u = setTimeout(() => this.tick(), 1000);
  }

  destroy() {
    this.update(false);
    this.schedule(true);
  }

  tick() {}
}
