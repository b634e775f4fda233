class SearchBox extends HTMLElement {
  #handleKeyDown = this.onKeyDown.bind(this);
  #handleHashChange = () => this.render();
  connectedCallback() {
    document.addEventListener('keydown', this.#handleKeyDown);
    window.addEventListener('hashchange', this.#handleHashChange);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#handleKeyDown);
    window.removeEventListener('hashchange', this.#handleHashChange);
  }

  onKeyDown(event) {
    if (event.key === '/') this.querySelector('input')?.focus();
  }

  render() {}
}

customElements.define('search-box', SearchBox);
