/**
 * Listeners a web component adds once per instance to parts of its own shadow root die with the
 * element: `ready()` (Polymer) and `firstUpdated()` (Lit) run once, and nothing outside the
 * element holds `this.$.table` or what `this.renderRoot.querySelector(…)` finds. Not findings —
 * a removal in `disconnectedCallback` would leave a moved element without them.
 */
export class DataGrid extends HTMLElement {
  ready() {
    this.$.table.addEventListener("scroll", () => this.afterScroll());
    this.$.overlay.$.content.addEventListener("click", () => this.close());
  }

  firstUpdated() {
    const toggle = this.renderRoot.querySelector("#toggle");
    toggle.addEventListener("click", () => this.toggle());
  }

  afterScroll() {}
  close() {}
  toggle() {}
}

/** The first connect only, behind a per-instance flag: the same. */
export class InfiniteScroller extends HTMLElement {
  connectedCallback() {
    if (!this._ready) {
      this._ready = true;
      this.shadowRoot.querySelector("#scroller").addEventListener("scroll", () => this.onScroll());
    }
  }

  onScroll() {}
}

/**
 * Still findings: every connect adds another listener to the part (an auto fix pairs it with
 * disconnect), a listener on a part added from an event handler (it runs many times), and
 * `window` in `ready()` (it outlives the element).
 */
export class Toolbar extends HTMLElement {
  connectedCallback() {
    this.$.menu.addEventListener("click", () => this.open());
  }

  ready() {
    this.addEventListener("focus", () => {
      this.$.menu.addEventListener("keydown", () => this.open());
    });
    window.addEventListener("resize", () => this.open());
  }

  open() {}
}
