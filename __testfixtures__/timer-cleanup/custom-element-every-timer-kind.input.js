class TickerTape extends HTMLElement {
  connectedCallback() {
    setInterval(() => this.scroll(), 50);
    setTimeout(() => this.classList.add('ready'), 300);
    requestAnimationFrame(() => this.measure());
    requestIdleCallback(() => this.preload());
  }

  scroll() {}
  measure() {}
  preload() {}
}

customElements.define('ticker-tape', TickerTape);
