/**
 * A scroller element that finds its parts and adds its listeners on the first connect only, in
 * the block form of a once-per-instance flag: a removal in a new `disconnectedCallback` would not
 * be undone when the element is moved (the guarded block does not run again), so the fix is a
 * suggestion, not an auto fix.
 */
export class InfiniteList extends HTMLElement {
  connectedCallback() {
    if (!this._ready) {
      this._ready = true;
      window.addEventListener("resize", () => this.layout());
    }
  }

  layout() {}
}

// Without the flag, every connect adds the listener and every disconnect can remove it: an auto fix.
export class ResizingList extends HTMLElement {
  #handleResize = () => this.layout();
  connectedCallback() {
    window.addEventListener("resize", this.#handleResize);
  }

  disconnectedCallback() {
    window.removeEventListener("resize", this.#handleResize);
  }

  layout() {}
}
