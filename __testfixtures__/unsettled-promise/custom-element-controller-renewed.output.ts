// A custom element can be connected again after disconnectedCallback: the controller its waits
// are tied to is renewed where it is aborted, so the next connection's waits are not aborted
// before they start.
const socket = new EventTarget();

export class LiveBadge extends HTMLElement {
  private controller = new AbortController();

  connectedCallback(): void {
    this.textContent = '…';
  }

  disconnectedCallback(): void {
    this.textContent = '';
    this.controller.abort();
    this.controller = new AbortController();
  }

  nextMessage(): Promise<Event> {
    return new Promise<Event>((resolve, reject) => {
      if (this.controller.signal.aborted) { reject(this.controller.signal.reason); return; }
      const listening = new AbortController();
      socket.addEventListener('message', (event) => { listening.abort(); resolve(event); }, { signal: listening.signal });
      socket.addEventListener('error', () => { listening.abort(); reject(new Error('error before message')); }, { signal: listening.signal });
      this.controller.signal.addEventListener('abort', () => { listening.abort(); reject(this.controller.signal.reason); }, { signal: listening.signal });
    });
  }
}

// A readonly controller the class already has cannot be renewed: it is only aborted, as before.
export class StaticBadge extends HTMLElement {
  private readonly controller = new AbortController();

  nextMessage(): Promise<Event> {
    return new Promise<Event>((resolve, reject) => {
      if (this.controller.signal.aborted) { reject(this.controller.signal.reason); return; }
      const listening = new AbortController();
      socket.addEventListener('message', (event) => { listening.abort(); resolve(event); }, { signal: listening.signal });
      socket.addEventListener('error', () => { listening.abort(); reject(new Error('error before message')); }, { signal: listening.signal });
      this.controller.signal.addEventListener('abort', () => { listening.abort(); reject(this.controller.signal.reason); }, { signal: listening.signal });
    });
  }

  disconnectedCallback(): void {
    this.controller.abort();
  }
}
