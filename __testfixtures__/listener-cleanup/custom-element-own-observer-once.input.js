/**
 * Observers a web component makes once per instance that observe only the element itself and
 * parts of its own shadow root: the observed nodes hold the observer, the element holds the
 * nodes, and nothing makes a second one. Not findings.
 */
export class SplitPanel extends HTMLElement {
  ready() {
    const resizeObserver = new ResizeObserver(() => this.layout());
    resizeObserver.observe(this);
    resizeObserver.observe(this.$.table);
  }

  firstUpdated() {
    this.__pathObserver = new MutationObserver(() => this.layout());
    this.__pathObserver.observe(this, { attributes: true, subtree: true });
  }

  layout() {}
}

/**
 * Still findings: an observer of a node outside the element (`document.body` holds it after the
 * element is gone), and one made at every connect (each connect adds another).
 */
export class StickyHeader extends HTMLElement {
  ready() {
    const observer = new ResizeObserver(() => this.layout());
    observer.observe(document.body);
  }

  connectedCallback() {
    this.__observer = new ResizeObserver(() => this.layout());
    this.__observer.observe(this);
  }

  layout() {}
}
