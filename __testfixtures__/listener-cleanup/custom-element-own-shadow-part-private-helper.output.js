/**
 * A private helper that the element calls only from `ready()` runs once per instance too: its
 * listeners on the element's own overlay are no findings.
 */
export class ComboBox extends HTMLElement {
  ready() {
    this._initOverlay();
  }

  _initOverlay() {
    const overlay = this.$.overlay;
    overlay.addEventListener("mousedown", (event) => event.preventDefault());
  }
}

/**
 * Still findings: the same helper when the class also calls it from an event handler (each call
 * adds another listener), and a public method (a subclass or a user may call it again).
 */
export class Select extends HTMLElement {
  ready() {
    this._initOverlay();
    this.addEventListener("click", () => this._initOverlay());
  }

  _initOverlay() {
    this.$.overlay.addEventListener("mousedown", (event) => event.preventDefault());
  }
}

export class Picker extends HTMLElement {
  ready() {
    this.initOverlay();
  }

  initOverlay() {
    this.$.overlay.addEventListener("mousedown", (event) => event.preventDefault());
  }
}
