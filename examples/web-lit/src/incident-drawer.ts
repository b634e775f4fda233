import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Incident } from '../../shared/status';

/** A side drawer listing recent incidents; Escape closes it. */
@customElement('incident-drawer')
export class IncidentDrawer extends LitElement {
  @state() private open = true;
  @state() private incidents: Incident[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // leak (listener-cleanup, auto): `.bind(this)` creates a new function on every call, so the
    // removal in disconnectedCallback removes nothing.
    document.addEventListener('keydown', this.onKeyDown.bind(this));
    // leak (timer-cleanup, auto): the idle callback is never cancelled and can run after the
    // drawer is gone.
    requestIdleCallback(() => void this.prefetch());
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKeyDown.bind(this));
    super.disconnectedCallback();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.open = false;
  }

  private async prefetch(): Promise<void> {
    try {
      // safe: the request has a deadline.
      const response = await fetch('/api/incidents?recent=1', { signal: AbortSignal.timeout(5_000) });
      this.incidents = (await response.json()) as Incident[];
    } catch {
      // Prefetching is best effort.
    }
  }

  override render() {
    return this.open ? html`<aside>${this.incidents.map((incident) => html`<p>${incident.title}</p>`)}</aside>` : html``;
  }
}
