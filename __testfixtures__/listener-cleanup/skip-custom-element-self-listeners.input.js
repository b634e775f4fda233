import { LitElement, html } from 'lit';

class ToggleButton extends HTMLElement {
  constructor() {
    super();
    this.addEventListener('click', () => this.toggleAttribute('pressed'));
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.addEventListener('slotchange', () => this.render());
  }

  connectedCallback() {
    this.addEventListener('keydown', this.onKeyDown);
  }

  onKeyDown = (event) => {
    if (event.key === ' ') this.click();
  };

  render() {}
}

class LitToggle extends LitElement {
  connectedCallback() {
    super.connectedCallback();
    this.renderRoot.addEventListener('click', () => this.requestUpdate());
  }

  render() {
    return html`<slot></slot>`;
  }
}

customElements.define('toggle-button', ToggleButton);
customElements.define('lit-toggle', LitToggle);
