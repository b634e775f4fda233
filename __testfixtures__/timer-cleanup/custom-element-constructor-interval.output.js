class Blink extends HTMLElement {
  #intervalId;
  constructor() {
    super();
    this.#intervalId = setInterval(() => this.toggleAttribute('hidden'), 500);
  }

  disconnectedCallback() {
    clearInterval(this.#intervalId);
  }
}

customElements.define('x-blink', Blink);
