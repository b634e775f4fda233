/**
 * Base class for elements that wrap server-rendered DOM: `init()` runs once per element, after
 * the document has loaded. A release in a new `disconnectedCallback` would not be undone when the
 * element is moved (disconnected, then connected again: the guard returns early), so the fix is a
 * suggestion, not an auto fix.
 */
export class HeadlessElement extends HTMLElement {
  connectedCallback() {
    if (this.__initialized) {
      return;
    }
    this.__initialized = true;
    if (document.readyState === "loading") {
      document.addEventListener("turbo:load", () => this.init(), {
        once: true,
      });
    } else {
      this.init();
    }
  }

  init() {
    // Override in subclass
  }
}

// Without the guard, connect and disconnect pair up: an auto fix.
export class ResizeAware extends HTMLElement {
  #handleResize = () => this.layout();
  connectedCallback() {
    window.addEventListener("resize", this.#handleResize);
  }

  disconnectedCallback() {
    window.removeEventListener("resize", this.#handleResize);
  }

  layout() {}
}
