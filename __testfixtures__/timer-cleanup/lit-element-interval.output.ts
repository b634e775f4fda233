import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';

@customElement('live-clock')
export class LiveClock extends LitElement {
  @state() private now = new Date();
  private intervalId?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.intervalId = setInterval(() => (this.now = new Date()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.intervalId);
  }

  override render() {
    return html`<time>${this.now.toLocaleTimeString()}</time>`;
  }
}
