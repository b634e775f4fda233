import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';

@customElement('live-clock')
export class LiveClock extends LitElement {
  @state() private now = new Date();

  override connectedCallback(): void {
    super.connectedCallback();
    setInterval(() => (this.now = new Date()), 1000);
  }

  override render() {
    return html`<time>${this.now.toLocaleTimeString()}</time>`;
  }
}
