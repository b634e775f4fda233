class SearchBox extends HTMLElement {
  connectedCallback() {
    document.addEventListener('keydown', this.onKeyDown.bind(this));
    window.addEventListener('hashchange', () => this.render());
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKeyDown.bind(this));
  }

  onKeyDown(event) {
    if (event.key === '/') this.querySelector('input')?.focus();
  }

  render() {}
}

customElements.define('search-box', SearchBox);
