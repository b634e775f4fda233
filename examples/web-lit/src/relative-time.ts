/**
 * `<relative-time datetime="2025-03-01T10:00:00Z">` renders "3 minutes ago" and keeps it
 * current. A plain custom element, no framework. Click to toggle the absolute time.
 */
export class RelativeTime extends HTMLElement {
  private timer?: ReturnType<typeof setInterval>;
  private absolute = false;

  private readonly onVisibilityChange = () => this.render();

  constructor() {
    super();
    // safe: a listener the element adds to itself lives and dies with the element.
    this.addEventListener('click', () => {
      this.absolute = !this.absolute;
      this.render();
    });
  }

  connectedCallback(): void {
    this.render();
    // safe: cleared in disconnectedCallback.
    this.timer = setInterval(() => this.render(), 30_000);
    // leak (listener-cleanup, auto): the document listener is never removed, so detached
    // elements stay reachable and keep re-rendering.
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
  }

  private render(): void {
    const at = new Date(this.getAttribute('datetime') ?? Date.now());
    if (this.absolute) {
      this.textContent = at.toLocaleString();
      return;
    }
    const minutes = Math.round((Date.now() - at.getTime()) / 60_000);
    this.textContent = minutes < 1 ? 'just now' : `${minutes} minutes ago`;
  }
}

customElements.define('relative-time', RelativeTime);
