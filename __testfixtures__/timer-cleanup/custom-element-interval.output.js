class RelativeTime extends HTMLElement {
  #intervalId;

  connectedCallback() {
    this.render();
    this.#intervalId = setInterval(() => this.render(), 60_000);
  }

  disconnectedCallback() {
    clearInterval(this.#intervalId);
  }

  render() {
    this.textContent = new Date(this.getAttribute('datetime')).toLocaleString();
  }
}

customElements.define('relative-time', RelativeTime);
