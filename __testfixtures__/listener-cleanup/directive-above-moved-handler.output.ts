// Suggestion: the directive above is for the inline handler; moved to a field, the handler
// would leave it behind, on a line it was not written for.
export class StatusBadge extends HTMLElement {
  connectedCallback() {
    // @ts-ignore: the event parameter stays for the signature
    window.addEventListener('online', (event: Event) => {
      this.textContent = 'online';
    });
  }
}

// Auto: the same without a directive.
export class OfflineBadge extends HTMLElement {
  private readonly handleOffline = () => {
    this.textContent = 'offline';
  };
  connectedCallback() {
    window.addEventListener('offline', this.handleOffline);
  }

  disconnectedCallback() {
    window.removeEventListener('offline', this.handleOffline);
  }
}
