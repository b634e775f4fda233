class Blink extends HTMLElement {
  constructor() {
    super();
    setInterval(() => this.toggleAttribute('hidden'), 500);
  }
}

customElements.define('x-blink', Blink);
