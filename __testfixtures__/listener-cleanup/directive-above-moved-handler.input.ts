// Suggestion: the directive above is for the inline handler; moved to a field, the handler
// would leave it behind, disabling nothing (and the unused parameter reported at its new place).
export class StatusBadge extends HTMLElement {
  connectedCallback() {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    window.addEventListener('online', (event: Event) => {
      this.textContent = 'online';
    });
  }
}

// Auto: the same without a directive.
export class OfflineBadge extends HTMLElement {
  connectedCallback() {
    window.addEventListener('offline', () => {
      this.textContent = 'offline';
    });
  }
}
