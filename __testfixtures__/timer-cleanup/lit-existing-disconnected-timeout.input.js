import { LitElement, html } from 'lit';

export class FlashMessage extends LitElement {
  connectedCallback() {
    super.connectedCallback();
    this.dismissTimer = setTimeout(() => this.remove(), 4000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.dispatchEvent(new Event('dismissed'));
  }

  render() {
    return html`<slot></slot>`;
  }
}
