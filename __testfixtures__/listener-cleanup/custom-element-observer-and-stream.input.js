class LiveCount extends HTMLElement {
  connectedCallback() {
    new MutationObserver(() => this.render()).observe(this, { childList: true });
    this.source = new EventSource(this.getAttribute('src'));
    this.source.addEventListener('count', (event) => {
      this.textContent = event.data;
    });
  }

  render() {}
}

customElements.define('live-count', LiveCount);
