class LiveCount extends HTMLElement {
  #observer;

  connectedCallback() {
    this.#observer = new MutationObserver(() => this.render());
    this.#observer.observe(this, { childList: true });
    this.source = new EventSource(this.getAttribute('src'));
    this.source.addEventListener('count', (event) => {
      this.textContent = event.data;
    });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.source.close();
  }

  render() {}
}

customElements.define('live-count', LiveCount);
