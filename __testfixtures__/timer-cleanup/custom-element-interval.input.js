class RelativeTime extends HTMLElement {
  connectedCallback() {
    this.render();
    setInterval(() => this.render(), 60_000);
  }

  render() {
    this.textContent = new Date(this.getAttribute('datetime')).toLocaleString();
  }
}

customElements.define('relative-time', RelativeTime);
