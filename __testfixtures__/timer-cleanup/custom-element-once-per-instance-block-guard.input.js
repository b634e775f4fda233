/**
 * A calendar element that polls for its clock on the first connect only, in the block form of a
 * once-per-instance flag: a `clearInterval` in a new `disconnectedCallback` would stop the clock
 * for good once the element is moved (the guarded block does not run again), so the fix is a
 * suggestion, not an auto fix.
 */
export class CalendarClock extends HTMLElement {
  connectedCallback() {
    if (!this._started) {
      this._started = true;
      setInterval(() => this.tick(), 1000);
    }
  }

  tick() {}
}

// Without the flag, every connect starts the clock and every disconnect can stop it: an auto fix.
export class WallClock extends HTMLElement {
  connectedCallback() {
    setInterval(() => this.tick(), 1000);
  }

  tick() {}
}
