import { LitElement, html } from 'lit';
import { interval } from 'rxjs';

export class StatusPanel extends LitElement {
  private ticks = 0;
  private width = 0;

  private readonly onOnline = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    interval(1000).subscribe(() => this.ticks++);
    new ResizeObserver(([entry]) => (this.width = entry!.contentRect.width)).observe(this);
    new IntersectionObserver(() => this.requestUpdate()).observe(this);
    new BroadcastChannel('status').onmessage = () => this.requestUpdate();
    new Worker('/status-worker.js');
  }

  override render() {
    return html`${this.ticks} ${this.width}`;
  }
}
