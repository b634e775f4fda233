class TickerTape extends HTMLElement {
  #intervalId;
  #timeoutId;
  #frameId;
  #idleCallbackId;

  connectedCallback() {
    this.#intervalId = setInterval(() => this.scroll(), 50);
    this.#timeoutId = setTimeout(() => this.classList.add('ready'), 300);
    this.#frameId = requestAnimationFrame(() => this.measure());
    this.#idleCallbackId = requestIdleCallback(() => this.preload());
  }

  disconnectedCallback() {
    clearInterval(this.#intervalId);
    clearTimeout(this.#timeoutId);
    cancelAnimationFrame(this.#frameId);
    cancelIdleCallback(this.#idleCallbackId);
  }

  scroll() {}
  measure() {}
  preload() {}
}

customElements.define('ticker-tape', TickerTape);
