import { LitElement, html } from 'lit';
import { interval } from 'rxjs';

export class StatusPanel extends LitElement {
  private ticks = 0;
  private width = 0;
  private subscription?: { unsubscribe: () => void };
  private observer?: ResizeObserver;
  private observer2?: IntersectionObserver;
  private channel?: BroadcastChannel;
  private worker?: Worker;

  private readonly onOnline = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    this.subscription = interval(1000).subscribe(() => this.ticks++);
    this.observer = new ResizeObserver(([entry]) => (this.width = entry!.contentRect.width));
    this.observer.observe(this);
    this.observer2 = new IntersectionObserver(() => this.requestUpdate());
    this.observer2.observe(this);
    this.channel = new BroadcastChannel('status');
    this.channel.onmessage = () => this.requestUpdate();
    this.worker = new Worker('/status-worker.js');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.subscription?.unsubscribe();
    this.observer?.disconnect();
    this.observer2?.disconnect();
    this.channel?.close();
    this.worker?.terminate();
    window.removeEventListener('online', this.onOnline);
  }

  override render() {
    return html`${this.ticks} ${this.width}`;
  }
}
