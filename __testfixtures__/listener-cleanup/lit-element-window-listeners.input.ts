import { LitElement, html } from 'lit';

export class NetworkBadge extends LitElement {
  private online = navigator.onLine;

  private readonly onConnectivity = () => {
    this.online = navigator.onLine;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onConnectivity);
    window.addEventListener('offline', this.onConnectivity);
    window.addEventListener('storage', (event) => {
      if (event.key === 'theme') this.requestUpdate();
    });
  }

  override render() {
    return html`${this.online ? 'online' : 'offline'}`;
  }
}
