import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Health } from '../../shared/status';
import { getVisibilityEvent, isPageHidden } from '../../shared/visibility';

/** `<status-badge service="api">` shows one service's health, for embedding in other pages. */
@customElement('status-badge')
export class StatusBadge extends LitElement {
  static override styles = css`
    :host { display: inline-flex; gap: 0.25em; }
    .down { color: crimson; }
  `;

  @property() service = '';
  @state() private health: Health = 'up';
  @state() private online = navigator.onLine;
  @state() private pageHidden = isPageHidden();

  private readonly onConnectivity = () => {
    this.online = navigator.onLine;
  };

  private readonly onVisibility = () => {
    this.pageHidden = isPageHidden();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // leak (listener-cleanup, auto): never removed; every badge ever rendered stays reachable
    // from window.
    window.addEventListener('online', this.onConnectivity);
    // leak (listener-cleanup, auto): the same for the offline handler.
    window.addEventListener('offline', this.onConnectivity);
    // safe: removed in disconnectedCallback with the same handler and the same call of the pure
    // event-name helper.
    document.addEventListener(getVisibilityEvent(), this.onVisibility);
    // leak (timer-cleanup, auto): keeps polling after the badge is removed from the page.
    setInterval(() => void this.refresh(), 60_000);
  }

  override disconnectedCallback(): void {
    document.removeEventListener(getVisibilityEvent(), this.onVisibility);
    super.disconnectedCallback();
  }

  private async refresh(): Promise<void> {
    if (this.pageHidden || !this.online) return;
    // leak (fetch-timeout, auto): no deadline.
    const response = await fetch(`/api/status/${encodeURIComponent(this.service)}`);
    this.health = ((await response.json()) as { health: Health }).health;
  }

  override render() {
    return html`<span class=${this.health}>●</span> ${this.service}${this.online ? '' : ' (offline)'}`;
  }
}
