import { LitElement, html } from 'lit';

export class NetworkBadge extends LitElement {
  private online = navigator.onLine;

  private readonly onConnectivity = () => {
    this.online = navigator.onLine;
    this.requestUpdate();
  };

  private readonly handleStorage = (event: WindowEventMap['storage']) => {
    if (event.key === 'theme') this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onConnectivity);
    window.addEventListener('offline', this.onConnectivity);
    window.addEventListener('storage', this.handleStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.handleStorage);
    window.removeEventListener('online', this.onConnectivity);
    window.removeEventListener('offline', this.onConnectivity);
  }

  override render() {
    return html`${this.online ? 'online' : 'offline'}`;
  }
}
