// A custom element can be connected again after disconnectedCallback: the controller its waits
// are tied to is renewed where it is aborted, so the next connection's waits are not aborted
// before they start.
const socket = new EventTarget();

export class LiveBadge extends HTMLElement {
  connectedCallback(): void {
    this.textContent = '…';
  }

  disconnectedCallback(): void {
    this.textContent = '';
  }

  nextMessage(): Promise<Event> {
    return new Promise<Event>((resolve) => {
      socket.addEventListener('message', (event) => resolve(event), { once: true });
    });
  }
}

// A readonly controller the class already has cannot be renewed: it is only aborted, as before.
export class StaticBadge extends HTMLElement {
  private readonly controller = new AbortController();

  nextMessage(): Promise<Event> {
    return new Promise<Event>((resolve) => {
      socket.addEventListener('message', (event) => resolve(event), { once: true });
    });
  }
}
